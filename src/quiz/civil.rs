//! Calendar dates of history timestamps (UTC), without a date crate: the history needs
//! only "which day" and "what time", and days-to-civil is a few lines of arithmetic.

/// Milliseconds since 1970 as "2026-12-01".
pub fn date(unix_ms: u64) -> String {
    let (y, m, d) = civil_from_days((unix_ms / 86_400_000) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Milliseconds since 1970 as "2026-12-01 09:30 UTC".
pub fn date_time(unix_ms: u64) -> String {
    let mins = (unix_ms / 60_000) % (24 * 60);
    format!("{} {:02}:{:02} UTC", date(unix_ms), mins / 60, mins % 60)
}

/// Howard Hinnant's algorithm: days since 1970-01-01 to (year, month, day) of the
/// proleptic Gregorian calendar.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(date(0), "1970-01-01");
        // 2000-02-29 12:34 UTC: a leap day of a century leap year
        assert_eq!(date_time(951_827_640_000), "2000-02-29 12:34 UTC");
        assert_eq!(date(1_764_547_200_000), "2025-12-01");
        assert_eq!(date(1_767_225_599_999), "2025-12-31");
        assert_eq!(date(1_767_225_600_000), "2026-01-01");
    }
}
