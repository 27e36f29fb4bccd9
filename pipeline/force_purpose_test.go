package pipeline

import "testing"

// TestForcePurposeNotDone: a repression (17) that an act of force (18,
// 19, 20) is done for is its aim, not yet done: "invaded Panama to
// overthrow Noriega", "stormed the palace to arrest the president",
// "opened fire to disperse the crowd" tell the attack, not the overthrow,
// the arrest or the dispersal. A means of repression still carries out its
// purpose ("fired tear gas to disperse them", "raided the offices to
// arrest the editor"), and the force stays coded.
func TestForcePurposeNotDone(t *testing.T) {
	testLexRows(t, []lexRow{
		{"invaded to topple", "1998-08-10", "Rwandan troops invaded Congo on Sunday to topple President Laurent Kabila.", "172", "", ""},
		{"launched an offensive to oust", "2006-12-25", "Ethiopian forces launched an offensive on Sunday to oust the Islamic Courts from Mogadishu.", "172", "", ""},
		{"stormed to arrest", d, "Malian soldiers stormed the presidential palace in Bamako on Tuesday to arrest the prime minister.", "173", "", ""},
		{"bombed to overthrow", d, "NATO warplanes bombed Tripoli on Monday to overthrow Muammar Gaddafi.", "172", "", ""},
		{"opened fire to disperse", d, "Sudanese soldiers opened fire on Monday to disperse the protesters in Khartoum.", "175", "", ""},
		{"the invasion itself stays", "1998-08-10", "Rwandan troops invaded Congo on Sunday to topple President Laurent Kabila.", "19", "RWAMIL>COD", ""},
		{"guard: fired tear gas to disperse", d, "Kenyan police fired tear gas on Friday to disperse the protesters in Nairobi.", "175", "KENCOP>KENOPP", ""},
		{"guard: raided to arrest", d, "Turkish police raided the newspaper's offices in Istanbul on Monday to arrest its editor.", "17", "TURCOP>TURMED", ""},
	})
}
