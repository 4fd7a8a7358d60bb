//! Horizontal bar charts drawn as SVG on the server, so that a page needs no script to show one.

/// The width of every chart's drawing, in its own units; the page scales it.
pub const CHART_WIDTH: i64 = 640;

/// One bar with its label above it.
pub struct Bar {
    pub y: i64,
    pub x: i64,
    pub width: i64,
    /// Where the label starts. Templates anchor it at its start, which SVG reads in the text's
    /// own direction: from the left edge in a left-to-right page, from the right edge in a
    /// right-to-left one, so the label stays inside the chart in both.
    pub label_x: i64,
    pub label: String,
    /// Drawn in the stronger colour (a funded project, say).
    pub highlighted: bool,
}

/// Lays out bars one under another, `step` apart, each `(label, width, highlighted)`; a bar
/// grows from the side the reader starts from.
pub fn lay_out(rows: impl IntoIterator<Item = (String, i64, bool)>, step: i64, rtl: bool) -> Vec<Bar> {
    rows.into_iter()
        .enumerate()
        .map(|(index, (label, width, highlighted))| {
            let width = width.clamp(0, CHART_WIDTH);
            Bar {
                y: index as i64 * step + 20,
                x: if rtl { CHART_WIDTH - width } else { 0 },
                width,
                label_x: if rtl { CHART_WIDTH } else { 0 },
                label,
                highlighted,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_bars_grow_from_the_right_edge() {
        let bars = lay_out([("a".to_owned(), 100, true), ("b".to_owned(), 900, false)], 40, true);
        assert_eq!((bars[0].x, bars[0].width, bars[0].label_x, bars[0].y), (540, 100, 640, 20));
        assert_eq!((bars[1].x, bars[1].width, bars[1].y), (0, 640, 60), "never wider than the chart");
        let ltr = lay_out([("a".to_owned(), 100, true)], 40, false);
        assert_eq!((ltr[0].x, ltr[0].label_x), (0, 0));
    }
}
