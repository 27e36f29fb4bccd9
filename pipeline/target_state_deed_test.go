package pipeline

import "testing"

// TestStateActJudgedByItsPeople: an act only a state does (a vote, the
// official results), judged or asked undone by the people of a country
// (the opposition, a defeated candidate), is their own state's, not that
// of another state that acted against their country just before. A state
// judging another's act, and the opposition after its own police acted,
// keep their targets.
func TestStateActJudgedByItsPeople(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a vote to be annulled after expulsions", "2009-06-22", "Vote\n\nTEHRAN, Iran —\n\nBritain expelled two Iranian diplomats on Monday. The defeated candidate, Mir Hossein Mousavi, has called for the vote to be annulled.", "02", "IRNOPP>IRNGOV", ""},
		{"results rejected after sanctions", "2020-08-17", "Vote\n\nMINSK, Belarus —\n\nThe United States imposed sanctions on Belarus on Monday. Opposition leader Svetlana Tikhanovskaya rejected the official results.", "12", "BLROPP>BLRGOV", ""},
		{"a complaint against the results after sanctions", "2018-05-21", "Vote\n\nCARACAS, Venezuela —\n\nWashington imposed sanctions on Venezuela on Sunday. The Venezuelan opposition lodged a complaint against the official results.", "114", "VENOPP>VENGOV", ""},
		{"election results rejected after aid was cut", "2007-12-31", "Aid\n\nNAIROBI, Kenya —\n\nThe United States suspended military aid to Kenya on Friday. Opposition leader Raila Odinga rejected the election results.", "12", "KENOPP>KENGOV", ""},
		// a state judging another's vote; the opposition after its police acted
		{"a state calls another's vote a sham", "2014-03-17", "Vote\n\nKIEV, Ukraine —\n\nRussia annexed Crimea after a referendum on Sunday. Kiev called the vote a sham.", "11", "UKRGOV>RUSGOV", ""},
		{"results rejected after arrests at home", "2020-08-17", "Vote\n\nMINSK, Belarus —\n\nBelarusian police arrested opposition leaders on Monday. The opposition rejected the official results.", "12", "BLROPP>BLRGOV", ""},
	})
}
