package pipeline

import "testing"

// Constructions news stories use for events that the shorter sentences of
// the event-data sets rarely show. Each family is written for this file;
// none is a story's sentence.

func TestNewsCustody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"taking people who are no actor into custody", d, "Kenyan police took two others into custody on Friday.", "173", "KENCOP>", ""},
		{"taking suspects into custody", d, "Indonesian police took three suspects into custody after the bombing.", "173", "IDNCOP>", ""},
		{"taken into custody, passive", d, "Five Egyptian activists were taken into custody by the police in Cairo.", "173", "EGYCOP>EGYOPP", ""},
		{"will take into custody: not done", d, "Mexican police will not take the mayor into custody.", "173", "", ""},
	})
}

func TestNewsFoundGuilty(t *testing.T) {
	testLexRows(t, []lexRow{
		{"found guilty, a short object", d, "A Cairo court found him guilty of inciting violence.", "116", "EGYJUD>", ""},
		{"found guilty past a long object", d, "A Turkish court found the three former army generals guilty of plotting a coup.", "116", "TURJUD>TURMIL", ""},
		{"were found guilty: the court implied", d, "Two Russian journalists were found guilty of treason in 2021.", "116", "RUSJUD>RUSMED", ""},
		{"has found guilty", d, "The Supreme Court of Pakistan has found the prime minister guilty of contempt.", "116", "PAKJUD>PAKGOV", ""},
		{"finding no one guilty of nothing is no verdict", d, "The court found the documents in a safe.", "116", "", ""},
	})
}
