package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// The four public access block settings are four rules (AWS-247, AWS-248,
// AWS-249, AWS-290), one concept each, as S3 and the other scanners
// treat them: a block that turns on only some of them is reported for
// the others, under their own ids. A bucket that no block covers at all
// is AWS-005's finding, not theirs: S3 turns all four on for new buckets
// by default, so only a block that is declared and leaves a setting off
// is certain to leave it off.

// s3BlockSettingRule is the rule for the public access block setting i.
// A finding points at the block that leaves the setting off: once per
// bucket-level block, and once per account-level block naming the buckets
// that have no block of their own to turn it on.
func s3BlockSettingRule(id string, i int, consequence string) *engine.Rule {
	return &engine.Rule{ID: id, Reads: s3BlockReads, Check: func(p *engine.Pass) {
		reported := map[*parser.Resource]bool{}
		var accounts []*parser.Resource
		buckets := map[*parser.Resource][]string{}
		for _, bucket := range s3Buckets(p) {
			off := s3BlockSettingOff(p, bucket, i)
			if len(off) == 0 {
				continue
			}
			if off[0].res == bucket {
				v, name := off[0].setting(i)
				p.Report(bucket, s3SettingPlace(v, off[0].obj), "%s: its PublicAccessBlockConfiguration leaves %s off: %s", bucket.Address, name, consequence)
				continue
			}
			var local bool
			for _, s := range off {
				if s.res.Type == "aws_s3_account_public_access_block" {
					continue
				}
				local = true
				if !reported[s.res] {
					reported[s.res] = true
					v, name := s.setting(i)
					p.Report(s.res, s3SettingPlace(v, nil), "%s leaves %s off: %s", s.res.Address, name, consequence)
				}
			}
			if !local {
				acct := off[0].res
				if buckets[acct] == nil {
					accounts = append(accounts, acct)
				}
				buckets[acct] = append(buckets[acct], bucket.Address)
			}
		}
		s3OutsideBlockSetting(p, i, consequence)
		for _, acct := range accounts {
			v, name := s3BlockSource{acct, acct.Body}.setting(i)
			p.Report(acct, s3SettingPlace(v, nil), "%s leaves %s off, and no public access block of %s turns it on: %s",
				acct.Address, name, strings.Join(buckets[acct], ", "), consequence)
		}
		s3LoneAccountBlockSetting(p, i, consequence)
	}}
}

// s3LoneAccountBlockSetting reports the account-level public access
// blocks that leave setting i off in a root that declares no bucket: the
// block is then the only evidence of the account's setting, and it leaves
// every bucket of the account that has no block of its own unprotected.
// With buckets in the root, each bucket is judged by the union of the
// blocks that apply to it, as S3 does.
func s3LoneAccountBlockSetting(p *engine.Pass, i int, consequence string) {
	for _, r := range p.KnownResources("aws_s3_account_public_access_block") {
		if r.Data || len(p.InRoot(r, s3TF)) > 0 {
			continue
		}
		v, name := s3BlockSource{r, r.Body}.setting(i)
		switch v.Truth(false) {
		case parser.False:
			p.Report(r, s3SettingPlace(v, nil), "%s, the account's public access block, leaves %s off for every bucket of the account that has no block of its own turning it on: %s",
				r.Address, name, consequence)
		case parser.Maybe:
			open := parser.Unknowable(v, name)
			p.CannotTell(r, open.At, open.Detail)
		}
	}
}

// s3SettingPlace is where a finding about a setting points: the value when
// it is written, else the block holding it (nil: the resource).
func s3SettingPlace(v, block *parser.Value) *parser.Value {
	if v.IsNull() {
		return block
	}
	return v
}

// s3BlockSource is a public access block that applies to a bucket: the
// resource declaring it and the object holding its settings.
type s3BlockSource struct {
	res *parser.Resource
	obj *parser.Value
}

// setting returns the value of setting i in the block, and its name.
func (s s3BlockSource) setting(i int) (*parser.Value, string) {
	name := s3BlockSettings[i].tf
	if s.res.Type == s3CFN {
		name = s3BlockSettings[i].cfn
	}
	return parser.Lookup(s.obj, name), name
}

// s3BlockSettingOff returns the public access blocks that apply to the
// bucket when none of them turns setting i on, the bucket-level ones
// first; nil when some block turns it on, when no block applies (AWS-005),
// or when that cannot be told (then it notes why).
func s3BlockSettingOff(p *engine.Pass, bucket *parser.Resource, i int) []s3BlockSource {
	var sure, maybe []s3BlockSource
	switch bucket.Type {
	case s3TF:
		attached, cands := s3MaybeAttached(p, bucket, "bucket", "aws_s3_bucket_public_access_block")
		for _, r := range attached {
			sure = append(sure, s3BlockSource{r, r.Body})
		}
		for _, r := range p.InRoot(bucket, "aws_s3_account_public_access_block") {
			sure = append(sure, s3BlockSource{r, r.Body})
		}
		for _, r := range cands {
			maybe = append(maybe, s3BlockSource{r, r.Body})
		}
	case s3CFN:
		if c := bucket.Body.Get("PublicAccessBlockConfiguration"); !c.IsNull() {
			sure = append(sure, s3BlockSource{bucket, c})
		}
	}
	// S3 applies the most restrictive combination of the blocks: the
	// setting is on when any block that applies turns it on.
	on := parser.False
	var unknown parser.Verdict
	for _, s := range sure {
		v, name := s.setting(i)
		t := v.Truth(false)
		if t == parser.Maybe && on == parser.False {
			unknown = parser.Unknowable(v, name)
		}
		on = max(on, t)
	}
	switch {
	case on == parser.True:
		return nil
	case on == parser.Maybe:
		p.CannotTell(bucket, unknown.At, unknown.Detail)
		return nil
	}
	// A block that may be this bucket's leaves the answer open when it
	// may turn the setting on (other blocks leave it off), or when it may
	// leave it off and is the only block that may cover the bucket.
	for _, s := range maybe {
		v, _ := s.setting(i)
		t := v.Truth(false)
		if (len(sure) > 0 && t != parser.False) || (len(sure) == 0 && t != parser.True) {
			p.CannotTell(bucket, nil, s3MayName(s.res, "bucket").Detail)
			return nil
		}
	}
	return sure
}

// s3OutsideBlockSetting reports the public access blocks
// (aws_s3_bucket_public_access_block) of buckets that are not in the scan
// and that leave setting i off: the block is then the only evidence of the
// bucket's settings. A block in a module instance that declares buckets is
// left to them, as it may name one of them.
func s3OutsideBlockSetting(p *engine.Pass, i int, consequence string) {
	places := map[s3PlaceKey]bool{}
	for _, b := range p.ResourcesOfType(s3TF) {
		places[s3Place(b)] = true
	}
	for _, r := range p.KnownResources("aws_s3_bucket_public_access_block") {
		if r.Data || places[s3Place(r)] || len(p.Referenced(r, "bucket", s3TF)) > 0 {
			continue
		}
		v, name := s3BlockSource{r, r.Body}.setting(i)
		switch v.Truth(false) {
		case parser.False:
			p.Report(r, s3SettingPlace(v, nil), "%s, the public access block of a bucket outside the scan, leaves %s off: %s", r.Address, name, consequence)
		case parser.Maybe:
			open := parser.Unknowable(v, name)
			p.CannotTell(r, open.At, open.Detail)
		}
	}
}
