package pipeline

import "testing"

// TestYearBeforeVerb: a year after the subject's last phrase ("by police
// in 2019") is a time, not a count, so the past form after it is the
// clause's verb ("provoked", "left"), not a participle or an adjective
// describing what follows, and the event noun in the subject is done.
func TestYearBeforeVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "arrest by police in a year provoked", date: sweepDate, text: "The arrest of the journalist by Turkish police in 2019 provoked outrage in Europe.", code: "173", want: "TURCOP>TURMED"},
		{name: "crackdown in a year left dead", date: sweepDate, text: "A crackdown on students by Iranian security forces in 2009 left dozens dead.", code: "175", want: "IRNMIL>IRNCVL"},
		{name: "seizure by a state in a year raised", date: sweepDate, text: "The seizure of the tanker by Iran in 2019 raised fears of war in the Gulf.", code: "171", want: "IRN>"},
		{name: "abduction in a year provoked", date: sweepDate, text: "The abduction of schoolgirls by Boko Haram in 2014 provoked global outrage.", code: "181", want: "NGARAD>NGACVL"},
		{name: "killing in a year plunged", date: sweepDate, text: "The killing of the protesters by Kenyan police in 2017 plunged Nairobi into chaos.", code: "190", want: "KENCOP>KENOPP"},
		{name: "a count before a verb stays a subject", date: sweepDate, text: "Police fired on the crowd in Lagos and 12 died.", code: "175", want: "NGACOP>NGACVL"},
	})
}

// TestByAgentAfterPlace: the "by" phrase of an event noun may follow a
// place or an actor named after its victim ("the abduction of schoolgirls
// from Chibok by Boko Haram", "the arrest of journalists in Cairo by
// police"): no one does a place, so the "by" phrase names who did the act.
func TestByAgentAfterPlace(t *testing.T) {
	testLexRows(t, []lexRow{
		{name: "killing in a city by soldiers", date: sweepDate, text: "The killing of protesters in Khartoum by Sudanese soldiers angered the African Union.", code: "190", want: "SDNMIL>SDNOPP"},
		{name: "abduction from a town by a group", date: sweepDate, text: "The abduction of schoolgirls from Chibok by Boko Haram provoked global outrage.", code: "181", want: "NGARAD>NGACVL"},
		{name: "arrest in a city by police", date: sweepDate, text: "The arrest of three journalists in Cairo by Egyptian police drew condemnation from Australia.", code: "173", want: "EGYCOP>EGYMED"},
		{name: "bombing of a market in a city by aircraft", date: sweepDate, text: "The bombing of a market in Aleppo by Russian aircraft killed forty people in 2016.", code: "183", want: "RUSMIL>SYRCVL"},
		{name: "expulsion from a country by its army", date: sweepDate, text: "The expulsion of migrants from Algeria by the Algerian army drew protests from Niger.", code: "174", want: "DZAMIL>DZACVL"},
		{name: "condemned detention names the police", date: sweepDate, text: "The detention of activists in Minsk by Belarusian police was condemned by Lithuania.", code: "111", want: "LTU>BLRCOP"},
	})
}
