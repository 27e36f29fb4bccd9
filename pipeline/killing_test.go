package pipeline

import "testing"

// TestKillingsAndCounts holds two families. A killing of a named political
// figure is an assassination (186), whoever does it and with whatever verb;
// the same verbs on soldiers, rebels or unnamed people stay 18x/19x. And a
// participle between a count and its noun ("two suspected robbers", "three
// wounded soldiers") belongs to the noun phrase, so the phrase is the
// verb's object.
func TestKillingsAndCounts(t *testing.T) {
	testLexRows(t, []lexRow{
		// assassinations: a person of government, opposition or legislature
		{name: "shot dead a mayor", date: "2016-01-03", text: "Gunmen shot dead Mexican mayor Gisela Mota in Temixco on Saturday.", code: "186", want: "UAF>MEXGOV"},
		{name: "killed an opposition leader", date: "2013-02-06", text: "Gunmen killed opposition leader Chokri Belaid outside his home in Tunis.", code: "186", want: "UAF>TUNOPP"},
		{name: "murdered a president", date: "2021-07-08", text: "Unidentified gunmen murdered Haitian President Jovenel Moise at his home.", code: "186", want: "UAF>HTIGOV"},
		{name: "gunned down a minister", date: "2011-03-03", text: "Gunmen gunned down Pakistani minister Shahbaz Bhatti in Islamabad on Wednesday.", code: "186", want: "UAF>PAKGOV"},
		// not assassinations: fighters, soldiers, unnamed people
		{name: "troops kill rebels", date: "2019-05-02", text: "Troops killed three rebels near Goma on Tuesday.", code: "186", want: ""},
		{name: "militants kill soldiers", date: "2019-05-02", text: "Militants killed four Pakistani soldiers in North Waziristan.", code: "186", want: ""},
		// counts with a participle before the noun
		{name: "two suspected robbers", date: "2020-02-01", text: "Police shot dead two suspected robbers in Lagos on Friday.", code: "19", want: "NGACOP>NGA"},
		{name: "three wounded soldiers", date: "2012-11-21", text: "Rebels freed three wounded soldiers near Goma.", code: "0841", want: "CODREB>CODMIL"},
		{name: "two detained sailors", date: "2019-09-05", text: "Iran released two detained British sailors on Friday.", code: "0841", want: "IRN>GBR"},
		{name: "five looters", date: "2010-01-20", text: "Soldiers shot five looters in Port-au-Prince on Tuesday.", code: "19", want: "HTIMIL>HTI"},
	})
}
