package pipeline

import "testing"

// TestCrowdAbroad: a crowd (protesters, demonstrators, rioters) whose act is
// aimed at another country's party (its embassy, its government, the UN)
// is its country's civilians (CVL); against its own state it stays the
// opposition (OPP), as does an opposition leader abroad.
func TestCrowdAbroad(t *testing.T) {
	testLexRows(t, []lexRow{
		{"protesters stormed an embassy", d, "Hundreds of Pakistani protesters stormed the Danish embassy in Islamabad on Friday.", "145", "PAKCVL>DNKGOV", ""},
		{"demonstrators burned a flag at an embassy", d, "Angry Serbian demonstrators burned the American flag outside the U.S. embassy in Belgrade.", "145", "SRBCVL>USA", ""},
		{"rioters set fire to an embassy", d, "Iranian rioters set fire to the Saudi embassy in Tehran.", "145", "IRNCVL>SAUGOV", ""},
		{"protesters marched on an embassy", d, "Thousands of Indonesian protesters marched on the Australian embassy in Jakarta.", "141", "IDNCVL>AUSGOV", ""},
		{"protesters attacked UN bases", d, "Congolese protesters attacked United Nations bases in Goma.", "190", "CODCVL>IGOUNO", ""},
		{"rioters torched foreign factories", d, "Vietnamese rioters torched Chinese factories in Binh Duong province.", "145", "VNMCVL>CHN", ""},
		{"own parliament stormed: opposition", d, "Armenian protesters stormed the parliament in Yerevan.", "145", "ARMOPP>ARMLEG", ""},
		{"own palace: opposition", d, "Kenyan protesters marched on the presidential palace in Nairobi.", "141", "KENOPP>KENGOV", ""},
		{"own government house: opposition", d, "Thai demonstrators occupied Government House in Bangkok.", "144", "THAOPP>THAGOV", ""},
		{"own police: opposition", d, "Bolivian protesters clashed with police in La Paz.", "145", "BOLOPP>BOLCOP", ""},
		{"an opposition leader abroad is no crowd", d, "The Belarusian opposition leader condemned Russia.", "111", "BLROPP>RUS", ""},
	})
}

// TestMilitants: militants, who fight a state for a cause, are rebels
// (REB), as the story golds code them (REB or RAD, never UAF); Islamist
// militants stay extremists (RAD), gunmen and militias armed men of no
// state (UAF).
func TestMilitants(t *testing.T) {
	testLexRows(t, []lexRow{
		{"militants ambushed a convoy", d, "Pakistani militants ambushed a police convoy in North Waziristan.", "190", "PAKREB>PAKCOP", ""},
		{"suspected militants detained", d, "Turkish police detained dozens of suspected militants in Istanbul.", "173", "TURCOP>TURREB", ""},
		{"soldiers clashed with militants", d, "Egyptian soldiers clashed with militants in northern Sinai.", "190", "EGYMIL>EGYREB", ""},
		{"a raid blamed on militants abroad", d, "The Indian government blamed the raid on militants based in Pakistan.", "112", "INDGOV>PAKREB", ""},
		{"a militant killed", d, "Colombian troops killed a militant near the Venezuelan border.", "190", "COLMIL>COLREB", ""},
		{"Islamist militants stay extremists", d, "Islamist militants attacked a hotel in Mogadishu.", "180", "RAD>SOM", ""},
		{"gunmen stay armed men of no state", d, "Gunmen attacked a police station in Karachi.", "190", "UAF>PAKCOP", ""},
		{"militias stay armed men of no state", d, "Militias attacked a village in Darfur.", "180", "SDNUAF>SDN", ""},
	})
}

// TestOrderedForcesAct: an act a leader orders his own country's forces to
// do is decided, and his: the government's when a president or prime
// minister gives the order, the commander's when a general does.
func TestOrderedForcesAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"armed forces ordered to neutralise gangs", "2024-01-09", "Ecuador's President Daniel Noboa ordered the armed forces to neutralise the gangs.", "190", "ECUGOV>ECUCRM", ""},
		{"army ordered to stop firing", "1994-01-13", "Mexico's President Carlos Salinas ordered the army to stop firing in Chiapas.", "087", "MEXGOV>MEX", ""},
		{"police ordered to arrest", "2017-02-01", "Philippine President Rodrigo Duterte ordered the police to arrest the opposition senator.", "173", "PHLGOV>PHLLEG", ""},
		{"troops ordered to free captives", "2014-05-07", "Nigeria's President Goodluck Jonathan ordered Nigerian troops to free the kidnapped schoolgirls.", "0841", "NGAGOV>NGACVL", ""},
		{"a state ordering its troops back", d, "Russia ordered its troops to pull back from the Ukrainian border.", "087", "RUS>", ""},
		{"an order to another state stays a demand", d, "Russia ordered Ukraine to withdraw its troops.", "10", "RUS>UKR", ""},
	})
}
