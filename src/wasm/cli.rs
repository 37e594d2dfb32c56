//! The npm package's command line in Node (`npx dunning check`, feature `cli-core`, built into
//! `pkg/cli/` only): `runCli` runs `crate::cli`, the code the native CLI runs, on the files Node
//! reads for it (`bin/dunning.mjs` gives the host), and hands back what to print and the exit
//! status. Not in the module a browser loads.

use std::path::{Path, PathBuf};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::cli::{self, Colors, FileSystem};

use super::portfolio::{as_array, today};
use super::{to_js, Thrown};

#[wasm_bindgen(typescript_custom_section)]
const CLI_TYPES: &'static str = r#"
/** The files as Node reads them for `runCli`; each method throws the system's message. */
export interface CliHost {
  isDir(path: string): boolean;
  /** Whether `path` is a file; false (not a throw) when it is not there. */
  isFile(path: string): boolean;
  readDir(path: string): string[];
  read(path: string): Uint8Array;
  /** The working directory (`process.cwd()`): dunning.toml is searched for above a template. */
  cwd(): string;
  stdoutColor: boolean;
  stderrColor: boolean;
}

export interface CliOutcome {
  stdout: string;
  stderr: string;
  status: number;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `CliHost`: the files and the terminal, from bin/dunning.mjs.
    #[wasm_bindgen(typescript_type = "CliHost")]
    pub type CliHost;
    #[wasm_bindgen(method, catch, js_name = isDir)]
    fn is_dir(this: &CliHost, path: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = isFile)]
    fn is_file(this: &CliHost, path: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = readDir)]
    fn read_dir(this: &CliHost, path: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn read(this: &CliHost, path: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn cwd(this: &CliHost) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter = stdoutColor)]
    fn stdout_color(this: &CliHost) -> JsValue;
    #[wasm_bindgen(method, getter = stderrColor)]
    fn stderr_color(this: &CliHost) -> JsValue;
}

/// Runs `dunning` on `args` (without the program's name) as the native CLI runs `check` and
/// `catalogue`: `{ stdout, stderr, status }`, for the caller to print and exit with.
#[wasm_bindgen(js_name = runCli, unchecked_return_type = "CliOutcome")]
pub fn run_cli(args: Vec<String>, host: &CliHost) -> Result<JsValue, Thrown> {
    let colors = Colors { stdout: host.stdout_color().is_truthy(), stderr: host.stderr_color().is_truthy() };
    to_js(&cli::run(&args, &Host(host), today(), colors))
}

struct Host<'a>(&'a CliHost);

/// What the host threw: its message (a string, or an `Error`'s `message`).
fn message(thrown: &JsValue) -> String {
    thrown
        .as_string()
        .or_else(|| thrown.dyn_ref::<js_sys::Error>().and_then(|error| error.message().as_string()))
        .unwrap_or_else(|| "cannot be read".to_owned())
}

fn text(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

impl FileSystem for Host<'_> {
    fn is_dir(&self, path: &Path) -> Result<bool, String> {
        self.0.is_dir(&text(path)).map(|value| value.is_truthy()).map_err(|thrown| message(&thrown))
    }

    fn read_dir(&self, path: &Path) -> Result<Vec<PathBuf>, String> {
        let names = self.0.read_dir(&text(path)).map_err(|thrown| message(&thrown))?;
        let names = as_array(names).ok_or_else(|| "readDir gave no array".to_owned())?;
        Ok(names.iter().filter_map(|name| name.as_string()).map(|name| path.join(name)).collect())
    }

    fn is_file(&self, path: &Path) -> bool {
        self.0.is_file(&text(path)).is_ok_and(|value| value.is_truthy())
    }

    fn read(&self, path: &Path) -> Result<Vec<u8>, String> {
        let bytes = self.0.read(&text(path)).map_err(|thrown| message(&thrown))?;
        bytes
            .dyn_ref::<js_sys::Uint8Array>()
            .map(js_sys::Uint8Array::to_vec)
            .ok_or_else(|| "read gave no bytes".to_owned())
    }

    fn current_dir(&self) -> Result<PathBuf, String> {
        let dir = self.0.cwd().map_err(|thrown| message(&thrown))?;
        dir.as_string().map(PathBuf::from).ok_or_else(|| "cwd gave no path".to_owned())
    }
}
