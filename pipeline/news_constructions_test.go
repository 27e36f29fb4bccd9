package pipeline

import "testing"

// Constructions news stories use for events that the shorter sentences of
// the event-data sets rarely show. Each family is written for this file;
// none is a story's sentence.

func TestNewsCustody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"taking people who are no actor into custody", d, "Kenyan police took two others into custody on Friday.", "173", "KENCOP>", ""},
		{"taking suspects into custody", d, "Indonesian police took three suspects into custody after the bombing.", "173", "IDNCOP>IDNCVL", ""},
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

func TestNewsTradeStatus(t *testing.T) {
	testLexRows(t, []lexRow{
		{"withdrawing a trade status", d, "India withdrew Pakistan's most-favoured-nation trade status on Friday.", "163", "IND>PAK", ""},
		{"revoking trade privileges from", d, "Washington revoked trade privileges from Turkey in 2019.", "163", "USAGOV>TUR", ""},
		{"suspending a trade status, the possessor its target", d, "The European Union suspended Cambodia's trade preferences last year.", "163", "IGOEUR>KHM", ""},
		{"stripping a country of a status", d, "Congress stripped Russia of its most-favored-nation status.", "163", "LEG>RUS", ""},
		{"withdrawing an ambassador is no sanction", d, "Canada withdrew its ambassador from Saudi Arabia.", "163", "", ""},
		{"a status threatened", d, "The United States threatened to revoke China's trade status.", "1312", "USA>CHN", ""},
	})
}

func TestNewsPeacekeepers(t *testing.T) {
	testLexRows(t, []lexRow{
		{"peacekeepers fly into a country", d, "A Kenyan peacekeeping battalion flew into Somalia on Monday.", "074", "KENMIL>SOM", ""},
		{"peacekeepers arrive in a country", d, "Ghanaian peacekeepers arrived in Lebanon last week.", "074", "GHAMIL>LBN", ""},
		{"sending peacekeepers into", d, "Nigeria sent peacekeepers into Liberia in 1990.", "074", "NGA>LBR", ""},
		{"deploying a peacekeeping brigade", d, "Russia will deploy a peacekeeping brigade to Karabakh.", "0334", "RUS>AZEGOV", ""},
		{"peacekeepers who stay home fly nowhere", d, "Fijian peacekeepers flew home from the Golan Heights.", "074", "", ""},
	})
}

func TestNewsThrown(t *testing.T) {
	testLexRows(t, []lexRow{
		{"hurling objects at police", d, "Chilean protesters hurled objects at the police in Santiago.", "145", "CHLOPP>CHLCOP", ""},
		{"throwing eggs at a minister", d, "Students threw eggs at the Greek education minister.", "145", "CVL>GRCGOV", ""},
		{"hurling projectiles at police", d, "Rioters in Lyon hurled projectiles at French police.", "145", "FRACVL>FRACOP", ""},
		{"lobbing stones at soldiers", d, "Palestinian youths lobbed stones at Israeli soldiers.", "145", "PSECVL>ISRMIL", ""},
	})
}

func TestNewsClashBetween(t *testing.T) {
	testLexRows(t, []lexRow{
		{"clashes between two forces erupted", d, "Clashes between Azerbaijani and Armenian forces erupted on Sunday.", "190", "AZEMIL>ARMMIL", ""},
		{"killed in clashes between two armies", d, "Ten soldiers were killed in clashes between the Indian army and Pakistani troops.", "190", "INDMIL>PAKMIL", ""},
		{"skirmishes between police and rebels broke out", d, "Skirmishes between Colombian police and rebels broke out near the border.", "190", "COLCOP>COLREB", ""},
		{"clashes with a party", d, "Clashes with Ethiopian troops continued in Tigray.", "190", "", ""},
	})
}

func TestNewsCausedAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"led the authorities to impose", d, "The killing of the president led the Haitian authorities to impose a state of siege.", "1724", "HTIGOV>HTICVL", ""},
		{"prompted a government to declare", d, "The floods prompted the Pakistani government to declare a state of emergency.", "1724", "PAKGOV>PAKCVL", ""},
		{"caused a country to close its border", d, "The attacks caused Tunisia to close its border with Libya.", "191", "TUN>LBY", ""},
		{"urged to impose is still only asked", d, "The opposition urged the Thai government to impose a state of emergency.", "1724", "", ""},
	})
}

func TestNewsSharedSubjectAfterRelative(t *testing.T) {
	// "A hit X who did Y with sanctions and said Z": the second verb shares
	// the first one's subject, so the relative clause ends before it and
	// the phrase at its end may still belong to the first verb
	testLexRows(t, []lexRow{
		{"sanctions past a relative clause and a second verb", d, "The United States hit the generals who seized power in Myanmar with sanctions and warned of more.", "163", "USA>MMRMIL", ""},
		{"travel bans, then a report", d, "The European Union on Monday hit the officials who rigged the vote in Belarus with travel bans and said more would follow.", "163", "IGOEUR>BLRGOV", ""},
		{"sanctions and a vow", "2021-03-22", "Canada hit the officials who ran the camps in Xinjiang with sanctions and vowed to act again.", "163", "CAN>CHNGOV", ""},
		{"artillery is no sanction", d, "Nigerian troops hit the rebels who attacked the town with artillery and said they had retaken it.", "163", "", ""},
	})
}

func TestNewsPronounAfterObject(t *testing.T) {
	// "withdrew the status it had extended": the pronoun the actor stage
	// named starts the relative clause, not the end of the object
	testLexRows(t, []lexRow{
		{"a trade status withdrawn, with asides", d, "Japan, however, withdrew the trade privileges it had granted to South Korea.", "163", "JPN>KOR", ""},
		{"prisoners released, with asides", d, "Israel, meanwhile, released the prisoners it had captured in Gaza.", "0841", "ISR>PSE", ""},
		{"a crossing closed, with asides", d, "Egypt, meanwhile, closed the crossing it had opened on Saturday.", "191", "EGY>", ""},
		{"sanctions lifted, with asides", d, "Canada, however, lifted the sanctions it had imposed on Iran.", "085", "CAN>IRN", ""},
		{"a pronoun inside a name stays", d, "Protesters stormed the U.S. embassy in Tehran.", "145", "IRNCVL>USAGOV", ""},
	})
}
