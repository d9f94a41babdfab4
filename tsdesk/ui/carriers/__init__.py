"""The carriers page and its dialogs, the storage areas tab and the stock-take page."""
