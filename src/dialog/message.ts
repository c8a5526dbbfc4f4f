// The ribbon commands' message dialog: shows the text it is given (as text, never HTML) and a Close button.

Office.onReady(() => {
  const text = new URLSearchParams(window.location.search).get("text") ?? "";
  const output = document.getElementById("message");
  if (output) output.textContent = text;
  const close = document.getElementById("close");
  close?.addEventListener("click", () => Office.context.ui.messageParent("close"));
  close?.focus();
});
