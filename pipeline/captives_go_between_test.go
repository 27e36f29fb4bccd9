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

// TestSetFreeCoordinated: captives set free named as a list whose second
// member names no nationality ("39 Palestinian women and teenagers"),
// with a "from its prisons" phrase after them, are the release's target,
// as they are after "freed" and "released".
func TestSetFreeCoordinated(t *testing.T) {
	runCountryRows(t, []countryRow{
		{name: "women and teenagers from its prisons",
			text:     "JERUSALEM (AP) — Hours later, Israel set free 39 Palestinian women and teenagers from its prisons.\n",
			sentence: "set free", want: []string{"0841 ISR>PSE"}},
		{name: "fishermen and sailors, a day",
			text:     "RIYADH, Saudi Arabia (AP) — Saudi Arabia set free 30 Yemeni fishermen and sailors from its prisons on Sunday.\n",
			sentence: "set free", want: []string{"0841 SAU>YEM"}},
		{name: "fishermen and crew from its jails",
			text:     "NAIROBI, Kenya (AP) — Kenya set free 14 Somali fishermen and crew from its jails.\n",
			sentence: "set free", want: []string{"0841 KEN>SOM"}},
		{name: "migrants and minors from camps",
			text:     "RABAT, Morocco (AP) — Morocco set free 20 Algerian migrants and minors from its detention camps.\n",
			sentence: "set free", want: []string{"0841 MAR>DZA"}},
		{name: "one nationality, no list",
			text:     "NEW DELHI (AP) — India set free 22 Pakistani fishermen from its jails.\n",
			sentence: "set free", want: []string{"0841 IND>PAK"}},
	})
}
