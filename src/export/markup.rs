//! Escapes the formats share: HTML text (Moodle, Anki, the HTML quiz's title, printed
//! HTML tests) and XML 1.0 text.

/// Text for HTML content or a quoted attribute value: `& < > " '` as entities.
pub fn html_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Text as HTML: `& < > "` as entities, a line break as `<br>`, CR and characters
/// XML forbids dropped (the HTML goes into XML files too).
pub fn html(s: &str) -> String {
    xml(s).replace('\r', "").replace('\n', "<br>")
}

/// HTML whose braces are entities, for texts in which the importer looks for `{…}`
/// markup of its own (Moodle's cloze sub-questions, Anki's cloze deletions).
pub fn html_no_braces(s: &str) -> String {
    html(s).replace('{', "&#123;").replace('}', "&#125;")
}

/// Whether XML 1.0 allows the character at all: one that it does not makes the whole
/// file unparseable, so such characters are dropped.
fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Text for an XML element or attribute: `& < > "` escaped, characters XML forbids dropped.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|&c| xml_allowed(c)) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_and_xml_escape_markup_and_xml_drops_forbidden_characters() {
        assert_eq!(html("a<b> & \"c\"\r\nd"), "a&lt;b&gt; &amp; &quot;c&quot;<br>d");
        assert_eq!(xml("]]> & <x>\u{0}\u{b}\u{fffe}é"), "]]&gt; &amp; &lt;x&gt;é");
        assert_eq!(html_text("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
    }
}
