package pipeline

import "testing"

// TestKillings: the killing of a named political figure is an
// assassination (186), whoever does it and with whatever verb; the same
// verbs on soldiers, rebels or unnamed people stay 18x/19x.
func TestKillings(t *testing.T) {
	testLexRows(t, []lexRow{
		// assassinations: a person of government, opposition or legislature
		{name: "shot dead a mayor", date: "2016-01-03", text: "Gunmen shot dead Mexican mayor Gisela Mota in Temixco on Saturday.", code: "186", want: "UAF>MEXGOV"},
		{name: "killed an opposition leader", date: "2013-02-06", text: "Gunmen killed opposition leader Chokri Belaid outside his home in Tunis.", code: "186", want: "UAF>TUNOPP"},
		{name: "murdered a president", date: "2021-07-08", text: "Unidentified gunmen murdered Haitian President Jovenel Moise at his home.", code: "186", want: "UAF>HTIGOV"},
		{name: "gunned down a minister", date: "2011-03-03", text: "Gunmen gunned down Pakistani minister Shahbaz Bhatti in Islamabad on Wednesday.", code: "186", want: "UAF>PAKGOV"},
		// not assassinations: fighters, soldiers, unnamed people
		{name: "troops kill rebels", date: "2019-05-02", text: "Troops killed three rebels near Goma on Tuesday.", code: "186", want: ""},
		{name: "militants kill soldiers", date: "2019-05-02", text: "Militants killed four Pakistani soldiers in North Waziristan.", code: "186", want: ""},
	})
}
