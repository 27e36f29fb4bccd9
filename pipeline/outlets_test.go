package pipeline

import "testing"

// TestOutletsClosed: an outlet closed, banned, suspended or silenced, or
// the offices of a named body shut, fall on whom they stand for: the media
// that run the outlet, the body whose offices they are; internet and
// website restrictions still fall on the people, and a body closing its
// own office is no restriction.
func TestOutletsClosed(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "shut down a newspaper", date: sweepDate, text: "Authorities in Ankara shut down an opposition newspaper on Tuesday.", code: "1721", want: "TURGOV>TURMED"},
		{name: "closed radio stations, dateline", date: sweepDate, text: "BAMAKO, Mali (AP) — The junta closed two private radio stations on Monday.", code: "1721", want: "MLIGOV>MLIMED"},
		{name: "passive daily suspended by a court", date: sweepDate, text: "The independent daily was suspended by a court in Algiers for a month.", code: "1721", want: "DZAJUD>DZAMED"},
		{name: "ordered the closure of a station", date: sweepDate, text: "The Zambian government ordered the closure of an independent television station.", code: "1721", want: "ZMBGOV>ZMBMED"},
		{name: "shut the offices of a named broadcaster", date: sweepDate, text: "CAIRO (AP) — Egyptian police shut down the offices of Al Jazeera in Cairo on Monday.", code: "1721", want: "EGYCOP>QATMED"},
		{name: "internet shutdown still on the people", date: sweepDate, text: "Ethiopian authorities shut down the internet in Addis Ababa.", code: "1721", want: "ETHGOV>ETHCVL"},
		{name: "closing its own office is no restriction", date: sweepDate, text: "The United Nations closed its office in Kabul on Friday.", code: "1721", want: ""},
		{name: "cordoned off a square", date: sweepDate, text: "HARARE, Zimbabwe (AP) — Riot police cordoned off the square on Monday.", code: "191", want: "ZWECOP>"},
	})
}

// TestMeasureOnOwnPeople: people a measure at home falls on (policy.tsv's
// domestic: bans, closures, curfews, force against crowds), of no country
// the sentence or story gives, are the acting state's own; groups of their
// own (gunmen, parties) and those a state expels are not.
func TestMeasureOnOwnPeople(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "banned newspapers", date: sweepDate, text: "Iran banned two reformist newspapers on Sunday.", code: "1721", want: "IRN>IRNMED"},
		{name: "police dispersed students", date: sweepDate, text: "Kenyan police dispersed students with tear gas.", code: "175", want: "KENCOP>KENCVL"},
		{name: "an expelled journalist keeps no country", date: sweepDate, text: "Uganda expelled a foreign journalist on Friday.", code: "174", want: "UGA>MED"},
	})
}

// TestOrderedOut: people ordered to leave a country are expelled (174);
// envoys, peacekeepers and aid agencies ordered out keep their own codes
// (161, 1661, 1663).
func TestOrderedOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "journalists ordered to leave", date: sweepDate, text: "KHARTOUM, Sudan (AP) — Authorities ordered two American journalists to leave the country.", code: "174", want: "SDNGOV>USAMED"},
		{name: "activists ordered to depart", date: sweepDate, text: "Bahraini authorities ordered three Danish activists to depart within a day.", code: "174", want: "BHRGOV>DNKOPP"},
		{name: "diplomats ordered out are 161", date: sweepDate, text: "Russia ordered 23 British diplomats to leave.", code: "161", want: "RUS>GBRGOV"},
	})
}
