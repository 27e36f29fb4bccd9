package pipeline

import "testing"

// TestGoneTo: a place that names where a subject went, after "into" or
// "to" on a verb of leaving ("escaped across the border into Honduras",
// "crossed into Chad", "fled into Liberia"), says not whose the sentence's
// unnamed agents are: they keep the story's country. It is still where
// the others are ("Border guards caught 40 migrants trying to cross into
// Greece"), and a place on another verb ("marched into N'Djamena") still
// places them.
func TestGoneTo(t *testing.T) {
	runLexRows(t, []lexRow{
		{"escaped across the border into", "1979-07-20",
			"SAN JOSE, Costa Rica — Nicaragua's president resigned. Sandinista guerrillas rolled into Managua on Thursday. Hundreds of guardsmen surrendered to the Sandinistas or escaped across the border into Honduras on Friday.", "0874", "NICMIL>NICGOV", ""},
		{"crossed into", "2006-04-10",
			"KHARTOUM, Sudan — Sudan's president spoke in Khartoum. Troops crossed into Chad on Monday and attacked several villages.", "154", "SDNMIL>TCDGOV", ""},
		{"attacked, then fled into", "2001-04-10",
			"CONAKRY, Guinea — Guinea's president spoke in Conakry. Rebels attacked a convoy near the border on Monday and then fled into Liberia.", "190", "GINREB>LBR", ""},
		{"slipped into", "2001-04-10",
			"BELGRADE, Serbia — Serbia's president spoke in Belgrade. Rebels ambushed a Serbian police convoy on Monday and then slipped into Bosnia.", "190", "SRBREB>SRBCOP", ""},
		{"guard: border guards catch those who cross", "2001-04-10",
			"ANKARA, Turkey — Turkey's president spoke in Ankara. Border guards caught 40 migrants trying to cross into Greece.", "173", "GRCCOP>GRCCVL", ""},
		{"guard: marched into a capital", "2006-04-10",
			"KHARTOUM, Sudan — Sudan's president spoke in Khartoum. Soldiers marched into N'Djamena on Monday and arrested the interior minister.", "173", "TCDMIL>TCDGOV", ""},
	})
}
