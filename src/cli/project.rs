//! `dunning.toml`, the project file: how the templates below its directory are checked
//! (format, channel, context) and in which language an editor describes hashtags. Read by
//! `dunning check` (whose flags override it), natively and in the npm package's Node CLI, and
//! by `dunning lsp`; the files come through the caller's [`FileSystem`], so that both command
//! lines find and read the same project file.
//!
//! ```toml
//! channel = "letter"            # every template below this directory…
//! locale = "fr"                 # …and the editor's hashtag descriptions in French
//!
//! [[override]]
//! files = ["sms/*.txt", "*.sms.txt"]
//! channel = "sms"
//!
//! [[override]]
//! files = "specific/**"
//! context = "specific"
//! ```
//!
//! The nearest `dunning.toml` in a template's directory or above governs it (files do not
//! merge). Globs are relative to the file's directory, `/`-separated; `*` stays within a
//! directory, `**` crosses them; a glob without `/` matches the file name at any depth. Every
//! matching override applies, later ones over earlier ones, over the top-level keys.

use std::collections::HashMap;
use std::fmt::Display;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::str::FromStr;

use serde::{Deserialize, Deserializer};

use super::FileSystem;
use crate::source::{self, Span};
use crate::{Channel, Context, Format, Locale};

/// The project file's name.
pub const FILE_NAME: &str = "dunning.toml";

/// How a template is checked; `None` where nothing says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub format: Option<Format>,
    pub channel: Option<Channel>,
    pub context: Option<Context>,
    /// The language of hashtag descriptions (completion, hover).
    pub locale: Option<Locale>,
}

impl Settings {
    /// These settings, with what they leave unsaid taken from `under`.
    #[must_use]
    pub fn over(self, under: Settings) -> Settings {
        Settings {
            format: self.format.or(under.format),
            channel: self.channel.or(under.channel),
            context: self.context.or(under.context),
            locale: self.locale.or(under.locale),
        }
    }
}

/// A loaded `dunning.toml`.
#[derive(Debug)]
pub struct Project {
    /// The file's directory, which globs are relative to.
    dir: PathBuf,
    defaults: Settings,
    overrides: Vec<Override>,
}

#[derive(Debug)]
struct Override {
    files: Vec<glob::Pattern>,
    settings: Settings,
}

/// Why a project file cannot be used: the message, and where in the file.
#[derive(Debug)]
pub struct ProjectError {
    pub path: PathBuf,
    pub message: String,
    /// The bytes of the file the message is about.
    pub span: Option<Range<usize>>,
    /// Their line and column (1-based), for `path:line:column:`.
    line_column: Option<(u32, u32)>,
}

impl Display for ProjectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some((line, column)) = self.line_column {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.message.trim_end())
    }
}

impl Project {
    /// Parses the text of the project file at `path`.
    ///
    /// # Errors
    /// When the text is not TOML, has a key or value the file does not know, or a glob that
    /// is not one: the message and where.
    pub fn parse(path: &Path, text: &str) -> Result<Project, ProjectError> {
        let failure = |message: String, span: Option<Range<usize>>| {
            let line_column = span.as_ref().map(|span| {
                let mut at = span.start.min(text.len());
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let location = source::locate(text, Span::new(at, at));
                (location.line, location.column)
            });
            ProjectError { path: path.to_owned(), message, span, line_column }
        };
        let shape: Shape = toml::from_str(text).map_err(|error| failure(error.message().to_owned(), error.span()))?;
        let mut overrides = Vec::new();
        for entry in shape.overrides {
            let globs = match entry.files {
                Files::One(glob) => vec![glob],
                Files::Many(globs) => globs,
            };
            let files = globs
                .iter()
                .map(|glob| {
                    glob::Pattern::new(glob).map_err(|error| failure(format!("glob \"{glob}\": {error}"), None))
                })
                .collect::<Result<_, _>>()?;
            let settings = settings_of(entry.format, entry.channel, entry.context, entry.locale);
            overrides.push(Override { files, settings });
        }
        let dir = path.parent().map_or_else(PathBuf::new, Path::to_owned);
        let defaults = settings_of(shape.format, shape.channel, shape.context, shape.locale);
        Ok(Project { dir, defaults, overrides })
    }

    /// Reads and parses the project file at `path`.
    ///
    /// # Errors
    /// When it cannot be read or is not UTF-8 (the system's message), or as [`Project::parse`].
    pub fn load(files: &dyn FileSystem, path: &Path) -> Result<Project, ProjectError> {
        let unread = |message: String| ProjectError { path: path.to_owned(), message, span: None, line_column: None };
        let bytes = files.read(path).map_err(unread)?;
        // What `std::fs::read_to_string` says.
        let text = String::from_utf8(bytes).map_err(|_| unread("stream did not contain valid UTF-8".to_owned()))?;
        Project::parse(path, &text)
    }

    /// The settings of `template` (an absolute path below the project's directory): every
    /// matching override, the last one first, over the top-level keys.
    fn settings_for(&self, template: &Path) -> Settings {
        let Ok(relative) = template.strip_prefix(&self.dir).map(Path::to_owned) else {
            return self.defaults;
        };
        let name = relative.file_name().map(Path::new);
        let options = glob::MatchOptions { require_literal_separator: true, ..glob::MatchOptions::new() };
        let matches = |pattern: &glob::Pattern| match name {
            Some(name) if !pattern.as_str().contains('/') => pattern.matches_path_with(name, options),
            _ => pattern.matches_path_with(&relative, options),
        };
        self.overrides
            .iter()
            .filter(|entry| entry.files.iter().any(matches))
            .fold(self.defaults, |settings, entry| entry.settings.over(settings))
    }
}

/// The path made absolute against the host's working directory, without resolving links or
/// `..` (as `std::path::absolute` on POSIX), so that its ancestors can be searched.
fn absolute(files: &dyn FileSystem, path: &Path) -> PathBuf {
    if path.is_absolute() {
        return path.components().collect();
    }
    match files.current_dir() {
        Ok(dir) => dir.join(path).components().collect(),
        Err(_) => path.to_owned(),
    }
}

/// The project files met so far, each read once.
#[derive(Default)]
pub struct Projects {
    loaded: HashMap<PathBuf, Rc<Project>>,
}

impl Projects {
    /// The project file governing `template`: the nearest `dunning.toml` in its directory or
    /// above, if any.
    ///
    /// # Errors
    /// When that file cannot be read or used ([`Project::load`]).
    pub fn governing(&mut self, files: &dyn FileSystem, template: &Path) -> Result<Option<Rc<Project>>, ProjectError> {
        self.governing_absolute(files, &absolute(files, template))
    }

    fn governing_absolute(
        &mut self,
        files: &dyn FileSystem,
        template: &Path,
    ) -> Result<Option<Rc<Project>>, ProjectError> {
        let Some(path) = template.ancestors().skip(1).map(|dir| dir.join(FILE_NAME)).find(|path| files.is_file(path))
        else {
            return Ok(None);
        };
        if let Some(project) = self.loaded.get(&path) {
            return Ok(Some(Rc::clone(project)));
        }
        let project = Rc::new(Project::load(files, &path)?);
        self.loaded.insert(path, Rc::clone(&project));
        Ok(Some(project))
    }

    /// The settings `template`'s project file gives it (none without one).
    ///
    /// # Errors
    /// When its project file cannot be read or used ([`Project::load`]).
    pub fn settings_for(&mut self, files: &dyn FileSystem, template: &Path) -> Result<Settings, ProjectError> {
        let template = absolute(files, template);
        let project = self.governing_absolute(files, &template)?;
        Ok(project.map(|project| project.settings_for(&template)).unwrap_or_default())
    }

    /// Forgets what was read: the files are read again when next needed.
    pub fn forget(&mut self) {
        self.loaded.clear();
    }
}

/// The file's shape: the settings at the top level, and `[[override]]` tables. (Spelled out
/// twice rather than flattened: serde's `flatten` would let a misspelt key pass unseen.)
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Shape {
    format: Option<Named<Format>>,
    channel: Option<Named<Channel>>,
    context: Option<Named<Context>>,
    locale: Option<Named<Locale>>,
    #[serde(default, rename = "override")]
    overrides: Vec<OverrideShape>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OverrideShape {
    files: Files,
    format: Option<Named<Format>>,
    channel: Option<Named<Channel>>,
    context: Option<Named<Context>>,
    locale: Option<Named<Locale>>,
}

/// One glob or a list of them.
#[derive(Deserialize)]
#[serde(untagged, expecting = "`files` is a glob or a list of globs")]
enum Files {
    One(String),
    Many(Vec<String>),
}

fn settings_of(
    format: Option<Named<Format>>,
    channel: Option<Named<Channel>>,
    context: Option<Named<Context>>,
    locale: Option<Named<Locale>>,
) -> Settings {
    Settings {
        format: format.map(|named| named.0),
        channel: channel.map(|named| named.0),
        context: context.map(|named| named.0),
        locale: locale.map(|named| named.0),
    }
}

/// A value written by its name, read with the library's `FromStr` (and its message).
struct Named<T>(T);

impl<'de, T: FromStr> Deserialize<'de> for Named<T>
where
    T::Err: Display,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map(Named).map_err(serde::de::Error::custom)
    }
}
