//! Plain-text templates (SMS bodies, e-mail subjects): hashtags and `##`, nothing else.

use super::{push_scanned, Node, TextKind};
use crate::source::Span;

pub(super) fn parse(source: &str) -> Vec<Node<'_>> {
    let mut nodes = Vec::new();
    push_scanned(&mut nodes, source, Span::new(0, source.len()), false, TextKind::Plain);
    nodes
}
