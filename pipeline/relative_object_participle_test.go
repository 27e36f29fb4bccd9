package pipeline

import "testing"

// A relative clause whose object carries a participle ("who attacked a bus
// carrying pilgrims") ends the subject's phrase: the verb after it is the
// subject's, not the object's the participle is on.
func TestRelativeObjectParticipleKeepsSubject(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a bus carrying pilgrims", "2005-01-01", "Gunmen who attacked a bus carrying pilgrims to Karbala killed 12 people.", "18", "UAF>IRQCVL", ""},
		{"a plane carrying passengers", "2005-01-01", "Gunmen who hijacked a plane carrying 150 passengers surrendered to police in Cyprus.", "0874", "UAF>CYPCOP", ""},
		{"a plane carrying officials", "2005-01-01", "The rebels who shot down a plane carrying UN officials in Angola accused the army of lying.", "112", "AGOREB>AGOMIL", ""},
		{"a house used by", "2005-01-01", "Police who raided a house used by the rebels in Kenya arrested five men.", "173", "KENCOP>KENCVL", ""},
		{"a group of engineers working", "2005-01-01", "Militants who kidnapped a group of engineers working for a Chinese company in Nigeria released 20 hostages on Sunday.", "0841", "NGAREB>NGACVL", ""},
		{"a mosque sheltering militants", "2005-01-01", "Troops who stormed a mosque sheltering militants in Pakistan killed 20 people.", "18", "PAKMIL>PAKCVL", ""},
		{"the object of let acts, as before", "2005-01-01", "The two leaders agreed to let families separated by the war in Korea meet in August.", "040", "CVL>", ""},
		{"a participle on the subject, as before", "2005-01-01", "Gunmen carrying rifles killed 12 people in Iraq.", "18", "UAF>IRQCVL", ""},
	})
}
