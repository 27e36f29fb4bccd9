// Package seed embeds dateline's demo story: the AP wire story from Palermo,
// 13 November 2018, that dateline codes when run with no arguments.
package seed

import _ "embed"

// Name is the seed story's file name; its id is the name without extension.
const Name = "palermo-2018.txt"

//go:embed palermo-2018.txt
var text []byte

// Text returns a copy of the seed story's raw text.
func Text() []byte { return append([]byte(nil), text...) }
