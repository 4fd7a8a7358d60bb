//! Word-level differences between two texts, for showing what an edit changed.

/// A run of text that both versions share, or that one of them alone has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Same(String),
    Added(String),
    Removed(String),
}

/// Above this many word pairs the comparison would cost too much memory; the texts are then
/// shown as one removal and one addition.
const LARGEST_TABLE: usize = 4_000_000;

/// Splits text into words and the white space between them, keeping both, so that joining the
/// pieces gives the text back.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_space = None;
    for (index, character) in text.char_indices() {
        let space = character.is_whitespace();
        if in_space.is_some_and(|previous| previous != space) {
            out.push(&text[start..index]);
            start = index;
        }
        in_space = Some(space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The changes that turn `old` into `new`, word by word, with neighbouring pieces of the same
/// kind merged.
pub fn word_diff(old: &str, new: &str) -> Vec<Change> {
    let (a, b) = (tokens(old), tokens(new));
    let mut changes: Vec<Change> = Vec::new();
    let mut push = |change: Change| {
        let merged = match (changes.last_mut(), &change) {
            (Some(Change::Same(last)), Change::Same(text))
            | (Some(Change::Added(last)), Change::Added(text))
            | (Some(Change::Removed(last)), Change::Removed(text)) => {
                last.push_str(text);
                true
            }
            _ => false,
        };
        if !merged {
            changes.push(change);
        }
    };
    if a.len().saturating_mul(b.len()) > LARGEST_TABLE {
        push(Change::Removed(old.to_owned()));
        push(Change::Added(new.to_owned()));
        return changes;
    }
    // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
    let width = b.len() + 1;
    let mut lengths = vec![0u32; (a.len() + 1) * width];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lengths[i * width + j] = if a[i] == b[j] {
                lengths[(i + 1) * width + j + 1] + 1
            } else {
                lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            push(Change::Same(a[i].to_owned()));
            i += 1;
            j += 1;
        } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
            push(Change::Removed(a[i].to_owned()));
            i += 1;
        } else {
            push(Change::Added(b[j].to_owned()));
            j += 1;
        }
    }
    for token in &a[i..] {
        push(Change::Removed((*token).to_owned()));
    }
    for token in &b[j..] {
        push(Change::Added((*token).to_owned()));
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_words_are_marked_and_the_rest_kept() {
        let changes = word_diff("Plant four trees by the wall.", "Plant six trees by the south wall.");
        assert_eq!(
            changes,
            vec![
                Change::Same("Plant ".into()),
                Change::Removed("four".into()),
                Change::Added("six".into()),
                Change::Same(" trees by the ".into()),
                Change::Added("south ".into()),
                Change::Same("wall.".into()),
            ]
        );
    }

    #[test]
    fn joining_either_side_gives_the_texts_back() {
        let (old, new) = ("علينا أن نزرع أشجارًا\nكثيرة", "نزرع أشجارًا قليلة\nاليوم");
        let changes = word_diff(old, new);
        let before: String = changes
            .iter()
            .filter_map(|c| match c {
                Change::Same(t) | Change::Removed(t) => Some(t.as_str()),
                Change::Added(_) => None,
            })
            .collect();
        let after: String = changes
            .iter()
            .filter_map(|c| match c {
                Change::Same(t) | Change::Added(t) => Some(t.as_str()),
                Change::Removed(_) => None,
            })
            .collect();
        assert_eq!((before.as_str(), after.as_str()), (old, new));
    }
}
