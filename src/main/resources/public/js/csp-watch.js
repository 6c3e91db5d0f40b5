// Loaded first and as a classic script, so that a blocked script, style or inline handler anywhere in the page
// is noticed (and logged) instead of failing silently under the Content-Security-Policy.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber });
  console.warn('CSP blocked', e.violatedDirective, e.blockedURI || '(inline)', e.sourceFile || '', e.lineNumber || '');
});
