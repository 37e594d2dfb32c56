//! The tree html5ever builds: an arena of nodes addressed by index, so that the parser's
//! handles are plain numbers and a tree of any depth is dropped and walked without recursion.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::interface::tree_builder::{ElemName, ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{local_name, ns, parse_fragment, Attribute, LocalName, Namespace, ParseOpts, QualName};

/// A node's index in [`Tree::nodes`].
pub type Id = usize;

/// The document node: the parser's root.
const DOCUMENT: Id = 0;

#[derive(Debug)]
pub enum Data {
    Document,
    Element {
        name: QualName,
        attributes: Vec<Attribute>,
    },
    Text(StrTendril),
    /// Comments, processing instructions: never emitted.
    Comment,
}

#[derive(Debug)]
pub struct Node {
    pub data: Data,
    pub parent: Option<Id>,
    pub children: Vec<Id>,
}

/// A parsed fragment.
#[derive(Debug)]
pub struct Tree {
    pub nodes: Vec<Node>,
    /// Whether the parser moved nodes it had placed: misplaced table content put before its
    /// table ("foster parenting"), misnested formatting elements untangled (the "adoption
    /// agency"). Only then can it build a nesting (`<p>` in `<p>`, `<h2>` in `<h2>`, `<a>` in
    /// `<a>`) that it never builds from its serialization, which is then read again
    /// (`super::rebuild`).
    pub rearranged: bool,
}

impl Tree {
    /// Parses `html` as a browser parses the content of a `<div>` in a document's body, with
    /// scripting on (as a browser showing the page or a mail client's web view: `<noscript>`
    /// holds raw text).
    pub fn parse_fragment(html: &str) -> Tree {
        let context = QualName::new(None, ns!(html), local_name!("div"));
        let parser = parse_fragment(Builder::default(), ParseOpts::default(), context, Vec::new(), true);
        parser.one(html)
    }

    /// The fragment's top-level nodes: the children of the `<html>` element the parser puts
    /// under the document.
    pub fn top_level(&self) -> &[Id] {
        match self.nodes[DOCUMENT].children.first() {
            Some(&root) => &self.nodes[root].children,
            None => &[],
        }
    }
}

/// The html5ever sink that fills the arena; `RefCell` because the parser holds `&self`.
#[derive(Default)]
struct Builder {
    nodes: RefCell<Vec<Node>>,
    rearranged: std::cell::Cell<bool>,
}

/// An element's name as the parser asks for it, owned (its atoms are cheap to clone) so that no
/// borrow of the arena outlives the call.
#[derive(Debug)]
pub struct Name(QualName);

impl ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }

    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl Builder {
    fn push(&self, data: Data) -> Id {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node { data, parent: None, children: Vec::new() });
        nodes.len() - 1
    }

    fn detach(nodes: &mut [Node], child: Id) {
        if let Some(parent) = nodes[child].parent.take() {
            nodes[parent].children.retain(|&id| id != child);
        }
    }

    /// Appends text to the text node at `sibling` when there is one (adjacent text merges, as
    /// in a browser's tree), else returns the text back.
    fn merge_text(nodes: &mut [Node], sibling: Option<Id>, text: StrTendril) -> Option<StrTendril> {
        match sibling.map(|id| &mut nodes[id].data) {
            Some(Data::Text(existing)) => {
                existing.push_tendril(&text);
                None
            }
            _ => Some(text),
        }
    }

    fn node_of(&self, child: NodeOrText<Id>) -> Id {
        match child {
            NodeOrText::AppendNode(id) => id,
            NodeOrText::AppendText(text) => self.push(Data::Text(text)),
        }
    }
}

impl TreeSink for Builder {
    type Handle = Id;
    type Output = Tree;
    type ElemName<'a> = Name;

    fn finish(self) -> Tree {
        Tree { nodes: self.nodes.into_inner(), rearranged: self.rearranged.get() }
    }

    fn parse_error(&self, _message: Cow<'static, str>) {}

    fn get_document(&self) -> Id {
        if self.nodes.borrow().is_empty() {
            self.push(Data::Document);
        }
        DOCUMENT
    }

    fn elem_name(&self, target: &Id) -> Name {
        match &self.nodes.borrow()[*target].data {
            Data::Element { name, .. } => Name(name.clone()),
            // The parser asks only for elements' names.
            _ => Name(QualName::new(None, ns!(), local_name!(""))),
        }
    }

    fn create_element(&self, name: QualName, attributes: Vec<Attribute>, _flags: ElementFlags) -> Id {
        self.get_document();
        self.push(Data::Element { name, attributes })
    }

    fn create_comment(&self, _text: StrTendril) -> Id {
        self.push(Data::Comment)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Id {
        self.push(Data::Comment)
    }

    fn append(&self, parent: &Id, child: NodeOrText<Id>) {
        if let NodeOrText::AppendText(text) = child {
            let last = self.nodes.borrow()[*parent].children.last().copied();
            let Some(text) = Self::merge_text(&mut self.nodes.borrow_mut(), last, text) else { return };
            let id = self.push(Data::Text(text));
            let mut nodes = self.nodes.borrow_mut();
            nodes[id].parent = Some(*parent);
            nodes[*parent].children.push(id);
            return;
        }
        let id = self.node_of(child);
        let mut nodes = self.nodes.borrow_mut();
        Self::detach(&mut nodes, id);
        nodes[id].parent = Some(*parent);
        nodes[*parent].children.push(id);
    }

    fn append_based_on_parent_node(&self, element: &Id, previous: &Id, child: NodeOrText<Id>) {
        if self.nodes.borrow()[*element].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(previous, child);
        }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public: StrTendril, _system: StrTendril) {}

    fn get_template_contents(&self, target: &Id) -> Id {
        // `<template>` is dropped with its content; its content may as well be the element's own.
        *target
    }

    fn same_node(&self, x: &Id, y: &Id) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    /// The parser inserts before a sibling only to foster-parent.
    fn append_before_sibling(&self, sibling: &Id, child: NodeOrText<Id>) {
        self.rearranged.set(true);
        let Some(parent) = self.nodes.borrow()[*sibling].parent else { return };
        let position = {
            let nodes = self.nodes.borrow();
            nodes[parent].children.iter().position(|id| id == sibling).unwrap_or(0)
        };
        if let NodeOrText::AppendText(text) = child {
            let previous = position.checked_sub(1).map(|index| self.nodes.borrow()[parent].children[index]);
            let Some(text) = Self::merge_text(&mut self.nodes.borrow_mut(), previous, text) else { return };
            let id = self.push(Data::Text(text));
            let mut nodes = self.nodes.borrow_mut();
            nodes[id].parent = Some(parent);
            nodes[parent].children.insert(position, id);
            return;
        }
        let id = self.node_of(child);
        let mut nodes = self.nodes.borrow_mut();
        Self::detach(&mut nodes, id);
        // Detaching may have moved the sibling (when the node came from before it).
        let position = nodes[parent].children.iter().position(|child| child == sibling).unwrap_or(0);
        nodes[id].parent = Some(parent);
        nodes[parent].children.insert(position, id);
    }

    fn add_attrs_if_missing(&self, target: &Id, extra: Vec<Attribute>) {
        if let Data::Element { attributes, .. } = &mut self.nodes.borrow_mut()[*target].data {
            for attribute in extra {
                if !attributes.iter().any(|existing| existing.name == attribute.name) {
                    attributes.push(attribute);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Id) {
        self.rearranged.set(true);
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &Id, new_parent: &Id) {
        self.rearranged.set(true);
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[*node].children);
        for &child in &children {
            nodes[child].parent = Some(*new_parent);
        }
        nodes[*new_parent].children.extend(children);
    }
}
