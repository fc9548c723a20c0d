"""The pages and models of the CSV import wizard; `ui.import_dialog.ImportDialog` runs them."""
