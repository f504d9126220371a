//! DOCX text extraction (in progress).
