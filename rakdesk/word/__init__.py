"""Word documents (python-docx): the LKjIP Bab III tables."""
