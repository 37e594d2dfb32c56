// Small DOM helpers: the page is built from the engine's data, always as text (never HTML).

export const $ = (id) => document.getElementById(id);

/** `<tag class=…>` with text or child nodes. */
export function element(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

/** Fills a <select> with `[value, label]` pairs, keeping the value if it is still offered. */
export function fillSelect(select, options, value = select.value) {
  select.replaceChildren(...options.map(([optionValue, text]) => new Option(text, optionValue)));
  if (options.some(([optionValue]) => optionValue === value)) select.value = value;
}

/** Sets or removes an attribute, touching the element only when it changes. */
export function setAttribute(node, name, value) {
  if (value === null || value === undefined || value === "") {
    if (node.hasAttribute(name)) node.removeAttribute(name);
  } else if (node.getAttribute(name) !== value) {
    node.setAttribute(name, value);
  }
}
