//! PDF text extraction (in progress).
