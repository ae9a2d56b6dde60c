// The ribbon's function file. The Home-tab button uses the ShowTaskpane action, which needs no code; Office
// still loads this page for the add-in's commands, and it must call Office.onReady to count as initialised.
Office.onReady(() => undefined);
