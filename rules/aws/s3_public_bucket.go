package aws

import (
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkS3PublicBucket(p *engine.Pass) {
	// One report per place and variant: the variants of a CloudFormation
	// resource (Resource.Assumptions) share the values written in the
	// template, and each variant reports for itself.
	type place struct {
		at      *parser.Value
		variant string
	}
	done := map[place]bool{}
	report := func(bucket *parser.Resource, res *parser.Resource, at *parser.Value, what, settings string) {
		key := place{at, strings.Join(res.Assumptions, "\x00")}
		if done[key] {
			return
		}
		done[key] = true
		if res == bucket {
			p.Report(res, at, "%s is public: %s, and no public access block (%s) stops it%s", bucket.Address, what, settings, s3TrailNote(p, bucket, "it"))
			return
		}
		p.Report(res, at, "%s makes bucket %s public: %s, and no public access block (%s) stops it%s", res.Address, bucket.Address, what, settings, s3TrailNote(p, bucket, "the bucket"))
	}
	for _, bucket := range s3Buckets(p) {
		acls := s3ACLGrants(p, bucket)
		var pols []s3Grant
		for _, d := range s3BucketPolicies(p, bucket) {
			for _, pub := range s3PublicStatements(p, d) {
				pols = append(pols, s3Grant{d.res, pub.at, pub.what})
			}
		}
		if len(acls) == 0 && len(pols) == 0 {
			continue
		}
		blk := s3PublicAccessBlock(p, bucket)
		names := func(i, j int) string {
			if bucket.Type == s3CFN {
				return s3BlockSettings[i].cfn + " or " + s3BlockSettings[j].cfn
			}
			return s3BlockSettings[i].tf + " or " + s3BlockSettings[j].tf
		}
		// ACLs grant nothing when a block ignores them or ownership
		// controls disable them; policies when a block restricts them.
		disabled, open := s3ACLsDisabled(p, bucket)
		if blk.open.Answer == parser.CannotTell {
			open = blk.open
		}
		judge := func(gs []s3Grant, stopped parser.Truth, what, settings string) {
			for _, g := range gs {
				switch stopped {
				case parser.False:
					report(bucket, g.res, g.at, g.what+what, settings)
				case parser.Maybe:
					p.CannotTell(g.res, g.at, open.Detail)
				}
			}
		}
		judge(acls, max(blk.on[s3BlockACLs], blk.on[s3IgnoreACLs], disabled), " grants public access", names(s3BlockACLs, s3IgnoreACLs))
		judge(pols, max(blk.on[s3BlockPolicy], blk.on[s3RestrictBuckets]), "", names(s3BlockPolicy, s3RestrictBuckets))
	}
	// The policy of a bucket created elsewhere (s3LonePolicies), where
	// no public access block of its module or root may stop it.
	for _, d := range s3LonePolicies(p) {
		if !p.BodyKnown(d.res) || s3BlockNear(p, d.res) {
			continue
		}
		for _, pub := range s3PublicStatements(p, d) {
			p.Report(d.res, pub.at, "%s makes its bucket public: %s, and no public access block of the module or template stops it", d.res.Address, pub.what)
		}
	}
	// The ACL of a bucket created elsewhere (s3LoneACLs), where no public
	// access block or ownership control of its module or root may stop it.
	for _, r := range s3LoneACLs(p) {
		if s3ACLStoppedNear(p, r) {
			continue
		}
		bucket := "its bucket"
		if name, ok := r.Body.Get("bucket").AsString(); ok {
			bucket = "bucket " + strconv.Quote(name)
		}
		for _, g := range s3ResourceACLGrants(r) {
			p.Report(r, g.at, "%s makes %s public: %s grants public access, and no public access block or ownership control of the module or root stops it", r.Address, bucket, g.what)
		}
	}
}

// s3LoneACLs returns the aws_s3_bucket_acl resources whose bucket is none
// of the scan's buckets: a literal name that no declared bucket has, or an
// input of a module instance that manages no bucket. An ACL whose bucket
// is unknown beside buckets of its own may be theirs, and is not returned.
func s3LoneACLs(p *engine.Pass) []*parser.Resource {
	managed := map[s3PlaceKey]bool{}
	for _, b := range s3Buckets(p) {
		if !b.Data {
			managed[s3Place(b)] = true
		}
	}
	var out []*parser.Resource
	for _, r := range p.ResourcesOfType("aws_s3_bucket_acl") {
		if len(p.Referenced(r, "bucket", s3TF)) > 0 {
			continue
		}
		if _, named := r.Body.Get("bucket").AsString(); named || !managed[s3Place(r)] {
			out = append(out, r)
		}
	}
	return out
}

// s3ACLStoppedNear reports whether something may stop the ACL of a bucket
// created elsewhere: an account-level public access block in the root, or
// a bucket-level public access block or ownership controls in the same
// module instance whose bucket is the ACL's (the same name, or either is
// not known statically; not one that references a declared bucket).
func s3ACLStoppedNear(p *engine.Pass, acl *parser.Resource) bool {
	if len(p.InRoot(acl, "aws_s3_account_public_access_block")) > 0 {
		return true
	}
	name, named := acl.Body.Get("bucket").AsString()
	for _, b := range p.OfType("aws_s3_bucket_public_access_block", "aws_s3_bucket_ownership_controls") {
		if s3Place(b) != s3Place(acl) || len(p.Referenced(b, "bucket", s3TF)) > 0 {
			continue
		}
		if n, ok := b.Body.Get("bucket").AsString(); !ok || !named || n == name {
			return true
		}
	}
	return false
}

// s3BlockNear reports whether a public access block that may cover the
// bucket of a lone policy is declared: a bucket-level block in the same
// module instance, or an account-level block in the root.
func s3BlockNear(p *engine.Pass, r *parser.Resource) bool {
	for _, b := range p.OfType("aws_s3_bucket_public_access_block") {
		if s3Place(b) == s3Place(r) {
			return true
		}
	}
	return len(p.InRoot(r, "aws_s3_account_public_access_block")) > 0
}
