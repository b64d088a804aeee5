//! Closed word classes the rules test against: function words, pronouns, months,
//! hedges and the like. Kept in one place so every rule agrees on them.

/// Words that carry grammar, not content (lower case).
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "by",
    "for", "with", "from", "to", "into", "onto", "upon", "over", "under", "about", "after",
    "before", "during", "since", "until", "till", "through", "throughout", "between", "among",
    "amongst", "against", "across", "along", "around", "behind", "beyond", "within", "without",
    "toward", "towards", "via", "per", "as", "than", "that", "which", "who", "whom", "whose",
    "what", "when", "where", "why", "how", "whether", "if", "because", "while", "although",
    "though", "unless", "whereas", "is", "are", "was", "were", "be", "been", "being", "am",
    "has", "have", "had", "having", "do", "does", "did", "will", "would", "shall", "should",
    "can", "could", "may", "might", "must", "not", "no", "it", "its", "this", "these", "those",
    "they", "them", "their", "theirs", "he", "him", "his", "she", "her", "hers", "we", "us",
    "our", "ours", "you", "your", "i", "me", "my", "there", "here", "also", "then", "both",
    "either", "neither", "each", "every", "all", "any", "some", "such", "other", "another",
    "most", "more", "many", "much", "few", "several", "own", "same", "very", "just", "only",
    "even", "however", "thus", "therefore", "moreover", "furthermore", "additionally",
    "meanwhile", "similarly", "finally", "ultimately", "notably", "overall", "lastly",
];

/// Pronouns and demonstratives: a subject made of one needs the surrounding text.
const PRONOUNS: &[&str] = &[
    "it", "its", "this", "these", "those", "that", "they", "them", "their", "he", "him", "his",
    "she", "her", "we", "us", "our", "you", "your", "i", "me", "my", "one", "ones", "both",
    "each", "either", "neither", "others", "another", "such", "someone", "something",
    "everyone", "everything", "anyone", "anything", "which", "who",
];

/// Determiners and quantifiers that make a noun phrase vague or anaphoric.
const VAGUE_DETERMINERS: &[&str] = &[
    "this", "these", "that", "those", "such", "another", "other", "others", "some", "many",
    "several", "various", "numerous", "most", "few", "each", "every", "any", "all", "both",
    "certain", "one", "its", "their", "his", "her", "our", "your", "my", "key", "similar",
];

/// Words that hedge or weaken a claim so that it is no longer a checkable fact.
const HEDGES: &[&str] = &[
    "may", "might", "could", "can", "often", "usually", "typically", "generally", "sometimes",
    "frequently", "probably", "possibly", "perhaps", "likely", "arguably", "reportedly",
    "allegedly", "supposedly", "seemingly", "apparently", "roughly", "approximately", "about",
    "nearly", "almost", "tend", "tends", "seem", "seems", "should", "would", "increasingly",
    "potentially", "presumably", "largely", "mostly", "rarely", "occasionally", "commonly",
    "widely", "believed", "thought", "considered", "suggest", "suggests", "will",
];

pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

/// Nouns that, after "the", point back to something named earlier ("the city",
/// "the alliance"): a subject made of one is not self-contained.
const ANAPHORIC_NOUNS: &[&str] = &[
    "city", "town", "country", "nation", "state", "region", "area", "place", "site", "war",
    "conflict", "battle", "conference", "meeting", "summit", "committee", "council", "board",
    "organization", "organisation", "alliance", "coalition", "partnership", "agreement",
    "treaty", "pact", "accord", "deal", "company", "firm", "group", "team", "league", "club",
    "association", "union", "body", "agency", "institution", "institute", "university",
    "school", "college", "project", "programme", "program", "process", "system", "mission",
    "operation", "initiative", "effort", "event", "incident", "result", "outcome", "idea",
    "concept", "approach", "framework", "strategy", "policy", "plan", "movement", "campaign",
    "government", "administration", "party", "army", "force", "forces", "military",
    "collaboration", "cooperation", "book", "article", "text", "document", "report", "study",
    "work", "author", "man", "woman", "person", "people", "leader", "president", "king",
    "queen", "emperor", "couple", "family", "canal", "river", "lake", "building", "church",
    "disease", "virus", "vaccine", "drug", "language", "kernel", "compiler", "product",
    "device", "network", "station", "ship", "vessel", "aircraft", "rocket", "spacecraft",
    "satellite", "telescope", "game", "games", "tournament", "competition", "season", "match",
    "decision", "law", "act", "bill", "rule", "rules", "principle", "dispute", "crisis",
    "scheme", "fund", "bank", "market", "industry", "sector", "zone", "site", "centre",
    "center", "museum", "library", "lab", "laboratory", "foundation", "society", "federation",
    "assembly", "parliament", "court", "office", "department", "ministry", "service",
    "members", "member", "founders", "founder", "partners", "partner", "participants",
    "countries", "states", "nations", "organizations", "organisations", "alliances",
    "partnerships", "efforts", "initiatives", "operations", "missions", "groups",
    "collaborations", "agreements", "treaties", "same", "latter", "former", "following",
    "charter", "protocol", "convention", "constitution", "declaration", "statute", "covenant",
    "community", "commonwealth", "republic", "empire", "kingdom", "congress", "senate",
    "cabinet", "institute", "secretariat", "tribunal", "directive", "regulation", "treaty",
];

macro_rules! word_set {
    ($name:ident, $list:ident) => {
        pub fn $name(w: &str) -> bool {
            static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
            contains(SET.get_or_init(|| $list.iter().copied().collect()), w)
        }
    };
}

word_set!(is_function_word, FUNCTION_WORDS);
word_set!(is_pronoun, PRONOUNS);
word_set!(is_vague_determiner, VAGUE_DETERMINERS);
word_set!(is_hedge, HEDGES);
word_set!(is_anaphoric_noun, ANAPHORIC_NOUNS);
pub fn month_index(w: &str) -> Option<usize> {
    let l = w.to_lowercase();
    let l = l.trim_end_matches('.');
    MONTHS.iter().position(|m| *m == l || (l.len() >= 3 && m.starts_with(l) && l != "may" && l.len() < m.len() && l.len() <= 4))
}

fn contains(set: &rustc_hash::FxHashSet<&'static str>, w: &str) -> bool {
    // "WHO", "US": an all-capital word is an abbreviation, not a function word
    if w.len() >= 2 && w.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    if w.len() > 16 {
        return false;
    }
    if w.bytes().any(|b| b.is_ascii_uppercase()) {
        set.contains(w.to_ascii_lowercase().as_str())
    } else {
        set.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_their_abbreviations() {
        assert_eq!(month_index("April"), Some(3));
        assert_eq!(month_index("Sept."), Some(8));
        assert_eq!(month_index("Dec"), Some(11));
        assert_eq!(month_index("Mayor"), None);
        assert_eq!(month_index("Marching"), None);
    }

    #[test]
    fn classes_ignore_case() {
        assert!(is_pronoun("These"));
        assert!(is_hedge("often"));
        assert!(is_function_word("The"));
        assert!(!is_function_word("NATO"));
    }
}
