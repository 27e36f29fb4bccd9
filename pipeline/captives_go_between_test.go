package pipeline

import "testing"

// TestCaptivesHandedToGoBetween: captives handed to a go-between ("handed
// 24 Israeli hostages to the Red Cross") are freed to their own side: the
// target is who they are, not the go-between.
func TestCaptivesHandedToGoBetween(t *testing.T) {
	runCountryRows(t, []countryRow{
		{name: "hostages to the Red Cross", text: "GAZA CITY (AP) — Hamas handed 24 Israeli hostages to the Red Cross on Friday.\n",
			sentence: "handed 24", want: []string{"0841 PSE>ISR"}, not: []string{"0841 PSE>-"}},
		{name: "soldiers to the Red Cross", text: "BOGOTA, Colombia (AP) — The rebels handed three Colombian soldiers to the Red Cross.\n",
			sentence: "handed three", want: []string{"0841 COL>COL"}, not: []string{"0841 COL>-"}},
		{name: "prisoners to the ICRC", text: "SANAA, Yemen (AP) — Houthi rebels handed 14 Saudi prisoners to the ICRC on Friday.\n",
			sentence: "handed 14", want: []string{"0841 YEM>SAU"}},
		{name: "detainees to the UN, past perfect", text: "JUBA, South Sudan (AP) — The militia had handed six Kenyan detainees to U.N. officials.\n",
			sentence: "handed six", want: []string{"0841 SSD>KEN"}},
		{name: "sailors to the Red Crescent", text: "TRIPOLI, Libya (AP) — The militia handed nine Turkish sailors to the Libyan Red Crescent.\n",
			sentence: "handed nine", want: []string{"0841 LBY>TUR"}},
	})
}
