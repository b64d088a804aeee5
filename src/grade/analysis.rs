//! Classical test statistics on a matrix of right (1) and wrong (0) answers: an item's
//! facility (share right), its discrimination (the correlation of the item with the total
//! of the other items, "corrected item–total"), and the test's Cronbach's alpha.

/// Share of the scores that are right; None without scores.
pub fn facility(scores: &[f64]) -> Option<f64> {
    if scores.is_empty() { None } else { Some(mean(scores)) }
}

/// Corrected item–total correlation: Pearson's r between each learner's score on the item
/// and the same learner's total less that item, so the item is not correlated with itself.
/// None when either side does not vary (everyone right, or everyone the same total).
pub fn discrimination(item: &[f64], totals: &[f64]) -> Option<f64> {
    let rest: Vec<f64> = item.iter().zip(totals).map(|(i, t)| t - i).collect();
    pearson(item, &rest)
}

/// Cronbach's alpha of a complete matrix (`rows[learner][item]`): k/(k−1) · (1 − Σ var(item) / var(total)).
/// None for fewer than two items or learners, or when the totals do not vary.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let k = rows.first()?.len();
    if k < 2 || rows.len() < 2 || rows.iter().any(|r| r.len() != k) {
        return None;
    }
    let item_var: f64 = (0..k).map(|j| variance(&rows.iter().map(|r| r[j]).collect::<Vec<_>>())).sum();
    let total_var = variance(&rows.iter().map(|r| r.iter().sum()).collect::<Vec<f64>>());
    if total_var == 0.0 {
        return None;
    }
    let k = k as f64;
    Some(k / (k - 1.0) * (1.0 - item_var / total_var))
}

fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

/// Population variance (the n in alpha's ratio cancels, so either kind gives the same alpha).
fn variance(xs: &[f64]) -> f64 {
    let m = mean(xs);
    xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / xs.len() as f64
}

fn pearson(xs: &[f64], ys: &[f64]) -> Option<f64> {
    if xs.len() < 2 || xs.len() != ys.len() {
        return None;
    }
    let (mx, my) = (mean(xs), mean(ys));
    let cov: f64 = xs.iter().zip(ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let vx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    let vy: f64 = ys.iter().map(|y| (y - my).powi(2)).sum();
    if vx == 0.0 || vy == 0.0 {
        return None;
    }
    Some(cov / (vx * vy).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Five learners, four items, worked by hand (see tests/integration/grade.rs for the same
    /// numbers through the binary). Totals 4, 3, 2, 1, 0.
    fn matrix() -> Vec<Vec<f64>> {
        vec![vec![1.0, 1.0, 1.0, 1.0], vec![1.0, 1.0, 1.0, 0.0], vec![1.0, 1.0, 0.0, 0.0], vec![1.0, 0.0, 0.0, 0.0], vec![0.0, 0.0, 0.0, 0.0]]
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn the_hand_worked_matrix() {
        let m = matrix();
        let totals: Vec<f64> = m.iter().map(|r| r.iter().sum()).collect();
        let col = |j: usize| m.iter().map(|r| r[j]).collect::<Vec<f64>>();
        assert!(close(facility(&col(0)), 0.8));
        assert!(close(facility(&col(3)), 0.2));
        // item 1: scores 1,1,1,1,0 against the rest 3,2,1,0,0: r = 1.2 / sqrt(0.8 · 6.8) = 0.5145
        assert!(close(discrimination(&col(0), &totals), 1.2 / (0.8f64 * 6.8).sqrt()));
        // item 2: 1,1,1,0,0 against 3,2,1,1,0: r = 1.8 / sqrt(1.2 · 5.2) = 0.7206
        assert!(close(discrimination(&col(1), &totals), 1.8 / (1.2f64 * 5.2).sqrt()));
        assert!((discrimination(&col(1), &totals).unwrap() - 0.7206).abs() < 1e-4);
        // Σ item variances 0.16 + 0.24 + 0.24 + 0.16 = 0.8; total variance 2: 4/3 · (1 − 0.4) = 0.8
        assert!(close(cronbach_alpha(&m), 0.8));
    }

    #[test]
    fn a_constant_side_has_no_correlation() {
        assert_eq!(discrimination(&[1.0, 1.0, 1.0], &[3.0, 2.0, 1.0]), None);
        assert_eq!(cronbach_alpha(&[vec![1.0, 1.0], vec![1.0, 1.0]]), None);
        assert_eq!(facility(&[]), None);
    }

    #[test]
    fn an_item_that_the_weak_get_right_discriminates_negatively() {
        let item = [0.0, 0.0, 1.0, 1.0];
        let totals = [3.0, 3.0, 1.0, 1.0];
        assert!(discrimination(&item, &totals).unwrap() < 0.0);
    }
}
