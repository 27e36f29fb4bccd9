package pipeline

import (
	"testing"
	"time"

	"dateline"
)

// TestOpenerBeforeTitle codes a condition or a question whose subject is a
// minister named by nationality and portfolio ("If Indian Prime Minister
// Narendra Modi visits Japan"): the opening word is no part of the title,
// so the condition or question holds and the act is hypothetical, with
// the minister's government as its source. The rows were written for this
// test, not taken from any evaluation set.
func TestOpenerBeforeTitle(t *testing.T) {
	c := newCoder(t)
	c.All = true
	ref, err := time.Parse(time.DateOnly, sweepDate)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range openerTitleRows {
		t.Run(tt.name, func(t *testing.T) {
			if msg := modalityMiss(codeText(t, c, tt.text, ref), tt); msg != "" {
				t.Errorf("%q: %s", tt.text, msg)
			}
		})
	}
}

var openerTitleRows = []modalityRow{
	{name: "if prime minister visits", text: "If Japanese Prime Minister Fumio Kishida visits Vietnam, China will object.", code: "042", want: "JPNGOV>VNM", mod: dateline.Hypothetical},
	{name: "if foreign minister criticises", text: "If Brazilian Foreign Minister Mauro Vieira criticises Argentina, trade talks will stall.", code: "111", want: "BRAGOV>ARG", mod: dateline.Hypothetical},
	{name: "unless prime minister visits", text: "Unless Pakistani Prime Minister Shehbaz Sharif visits Afghanistan, the border will stay closed.", code: "042", want: "PAKGOV>AFG", mod: dateline.Hypothetical},
	{name: "unless foreign secretary meets", text: "Unless British Foreign Secretary David Cameron meets the Israeli foreign minister, the row will deepen.", code: "04", want: "GBRGOV>ISRGOV", mod: dateline.Hypothetical},
	{name: "if defence minister sends aid", text: "If Polish Defence Minister Wladyslaw Kosiniak-Kamysz sends military aid to Ukraine, Russia will retaliate.", code: "07", want: "POLGOV>UKR", mod: dateline.Hypothetical},
	{name: "question foreign minister meet", text: "Did Iranian Foreign Minister Abbas Araghchi meet Saudi officials in Riyadh?", code: "04", want: "IRNGOV>SAU", mod: dateline.Hypothetical},
}
