// A short message after a ribbon command: a small dialog showing the text, closed with its button or
// by closing the dialog. Resolves when it is closed (or could not open), never rejects.

export function showMessage(text: string): Promise<void> {
  return new Promise((resolve) => {
    const url = `${window.location.origin}/message.html?text=${encodeURIComponent(text)}`;
    Office.context.ui.displayDialogAsync(url, { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      const close = (): void => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
