package gcp

import (
	"math"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// packMaxRotationSeconds is 90 days.
const packMaxRotationSeconds = 90 * 24 * 60 * 60

// packKMSRotationReads are the types checkPackKMSRotation reads (Rule.Reads).
var packKMSRotationReads = []string{"google_kms_crypto_key"}

func checkPackKMSRotation(p *engine.Pass) {
	for _, k := range p.KnownResources("google_kms_crypto_key") {
		b := k.Body
		purpose, io := b.Get("purpose"), b.Get("import_only")
		if !purpose.IsNull() && setting.Unknown(purpose) == nil && !purpose.IsAnyOf("ENCRYPT_DECRYPT") || io.IsTrue() {
			continue
		}
		var levels []*parser.Value
		external := false
		for _, vt := range b.Get("version_template").Items() {
			pl := vt.Get("protection_level")
			levels = append(levels, pl)
			external = external || pl.IsAnyOf("EXTERNAL", "EXTERNAL_VPC")
		}
		if external {
			continue
		}
		rp := b.Get("rotation_period")
		secs, ok := packDurationSeconds(rp)
		if !rp.IsNull() && (!ok || secs <= packMaxRotationSeconds) {
			setting.Undecided(p, k, "rotation_period", rp)
			continue
		}
		// The key rotates too rarely, unless a setting not known statically
		// exempts it.
		if setting.Undecided(p, k, "purpose", purpose) || setting.Undecided(p, k, "import_only", io) ||
			setting.Undecided(p, k, "version_template.protection_level", levels...) {
			continue
		}
		if rp.IsNull() {
			p.Report(k, nil, "%s has no rotation_period: the key is never rotated automatically", k.Address)
			continue
		}
		p.Report(k, rp, "%s rotates only every %s days (rotation_period %s), more than 90", k.Address,
			strconv.FormatFloat(math.Ceil(secs/8640)/10, 'f', -1, 64), rp.Str)
	}
}

// packDurationSeconds reads a Google duration ("7776000s", "100000.5s").
func packDurationSeconds(v *parser.Value) (float64, bool) {
	s, ok := v.AsString()
	if !ok {
		return 0, false
	}
	s, ok = strings.CutSuffix(strings.TrimSpace(s), "s")
	if !ok {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}
