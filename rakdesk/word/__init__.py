"""Word documents (python-docx): the LKjIP Bab III tables, and decrees (often finished in Word)."""
