package pipeline

import "testing"

// TestCollectiveCoref: a body the story tells of unnamed, by a noun of
// collectives after "a" or "an" (agents.txt), is who "the" and that noun
// stand for later in the story, with the country the story gave it; a
// noun no such body introduced, a noun that only modifies another ("a
// party official"), and a body named since keep their own readings.
func TestCollectiveCoref(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a committee of officers, then the committee", d, "A committee of army officers seized power in Niamey, Niger, on Thursday. The committee suspended the constitution and dissolved parliament.", "172", "NERMIL>NERLEG", ""},
		{"a council of officers in a story from its capital", d, "Military rulers seize power\n\nBANGKOK, Thailand —\n\nTroops surrounded Government House, and an announcer said a council of officers had taken control. The council dissolved parliament.", "172", "THAMIL>THALEG", ""},
		{"a coalition of opposition parties, then the coalition", d, "A coalition of opposition parties rejected the election results in Kenya. The coalition accused the government of fraud.", "11", "KENOPP>GOV", ""},
		{"an alliance of rebel groups, then the alliance", d, "An alliance of rebel groups seized the town of Bria in the Central African Republic. The alliance demanded talks with the government.", "10", "CAFREB>CAFGOV", ""},
		{"a group calling itself a new name, then the group", d, "A group calling itself the National Salvation Committee seized the radio station in Bamako. The group accused the president of corruption.", "11", "MLI>GOV", ""},
		{"a group of soldiers of another state as target", d, "A group of Russian soldiers crossed into Georgia on Sunday. Georgia accused the group of spying.", "112", "GEO>RUSMIL", ""},
		{"a group of counted protesters", d, "Kenyan police arrested a group of 20 protesters in Nairobi. A court later freed the group.", "0841", "KENJUD>KENOPP", ""},
		{"a group of students as target", d, "A group of students marched in Harare, Zimbabwe. The police arrested the group.", "173", "ZWECOP>ZWECVL", ""},
		{"a military council, its noun last", d, "A transitional military council headed by General Burhan took power in Sudan. The council arrested the ousted president.", "173", "SDNGOV>SDNGOV", ""},
		{"a breakaway faction of a named group", d, "A breakaway faction of the FARC kidnapped two soldiers in Cauca, Colombia. The faction killed four police officers.", "190", "COLPTY>COLCOP", ""},
		{"guard: a militia commander tells of no militia", d, "A militia commander was shot dead in Tripoli, Libya. The militia accused the government of the killing.", "112", "LBYUAF>LBYGOV", ""},
		{"guard: a body named since is the council", d, "A council of elders in Somalia called for calm. The UN Security Council met on Friday. The council condemned the attack on Mogadishu.", "111", "IGOUNO>", ""},
		{"guard: no council told of", d, "Nigeria's president met state governors in Abuja. The council accused the president of corruption.", "11", "", ""},
		{"guard: a party official is no party", d, "A party official was arrested in Nairobi, Kenya. The party accused the police of torture.", "11", "KENPTY>KENCOP", ""},
		{"guard: a named group stays itself", d, "Hezbollah fired rockets at northern Israel on Monday. The group said it had hit an army post.", "190", "LBNRAD>ISRMIL", ""},
	})
}
