// Loaded first by every end-to-end page: records what would otherwise go unseen from the parent.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || ''}`);
});
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
// Console warnings, and every mf-* element ever added to the page (to see a double upgrade).
window.__warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.map(String).join(' '));
  warn(...args);
};
window.__consoleErrors = [];
const error = console.error.bind(console);
console.error = (...args) => {
  window.__consoleErrors.push(args.map(String).join(' '));
  error(...args);
};
window.__added = [];
new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes)
      if (node instanceof Element && node.localName.startsWith('mf-')) window.__added.push(node.localName);
}).observe(document.documentElement, { childList: true, subtree: true });
