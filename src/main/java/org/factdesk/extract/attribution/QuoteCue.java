package org.factdesk.extract.attribution;

/** A cue found next to a quotation, with its source tokens (null when not stated) and cue token (-1 when none). */
record QuoteCue(int cueStart, int cueEnd, int[] source, int cueToken) {}
