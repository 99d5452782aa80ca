package aws

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// CloudFront origins on an S3 bucket's REST endpoint: what lets CloudFront
// read a bucket that is not public.

var (
	cfOriginDomain = parser.A("domain_name", "DomainName")
	cfOriginOAC    = parser.A("origin_access_control_id", "OriginAccessControlId")
	cfS3Config     = parser.A("s3_origin_config", "S3OriginConfig")
	cfOriginOAI    = parser.A("s3_origin_config.origin_access_identity", "S3OriginConfig.OriginAccessIdentity")
	cfCustomConfig = parser.A("custom_origin_config", "CustomOriginConfig")
	cfVPCConfig    = parser.A("vpc_origin_config", "VpcOriginConfig")
)

// s3RESTHost matches the host names of S3 REST endpoints a CloudFront origin
// names: bucket.s3.amazonaws.com, bucket.s3.eu-west-1.amazonaws.com,
// bucket.s3-eu-west-1.amazonaws.com (the legacy dash form), the dual-stack
// forms and the China partition's amazonaws.com.cn. Website endpoints
// (s3-website-..., s3-website.<region>...) are HTTP servers reached as
// custom origins; access points and Object Lambda aliases are other
// endpoints, not judged.
var s3RESTHost = regexp.MustCompile(`(?i)(^|\.)s3([.-](dualstack\.)?[a-z]{2}(-gov)?-[a-z]+-\d)?(\.dualstack\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?\.?$`)

func cdnS3OriginWithoutAccessControl() *engine.Rule {
	return &engine.Rule{ID: "AWS-350", Check: checkCDNS3OriginAccess}
}

func checkCDNS3OriginAccess(p *engine.Pass) {
	cdnJudgeOrigins(p, func(d *parser.Resource, o *parser.Value) parser.Verdict {
		return cdnS3OriginVerdict(p, d, o)
	}, "CloudFront can read the S3 bucket only if the bucket is public")
}

// cdnS3OriginVerdict judges one origin of distribution d: Yes when it is an
// S3 bucket's REST endpoint that CloudFront reaches with neither an origin
// access control nor an origin access identity, so that the bucket must
// grant public read for the distribution to work.
func cdnS3OriginVerdict(p *engine.Pass, d *parser.Resource, o *parser.Value) parser.Verdict {
	if parser.Set(o) == parser.CannotTell {
		return parser.Unknowable(o, cfOrigins.Name(d))
	}
	// An access control or identity written (an unknown id is a reference
	// to one) is the secure form; an empty identity is none.
	if parser.Set(parser.Lookup(o, cfOriginOAC.Path(d))) != parser.No ||
		parser.Set(parser.Lookup(o, cfOriginOAI.Path(d))) != parser.No {
		return parser.Decided
	}
	dom := parser.Lookup(o, cfOriginDomain.Path(d))
	switch cdnS3Origin(p, d, o, dom) {
	case parser.No:
		return parser.Decided
	case parser.CannotTell:
		v := parser.Unknowable(dom, cfOriginDomain.Name(d))
		v.Detail += " (an S3 bucket's REST endpoint without origin access control would have to be public)"
		return v
	}
	at := dom
	what := "the S3 bucket"
	if s, ok := dom.AsString(); ok {
		what = s
	}
	name := cfOriginOAC.Name(d)
	return parser.Bad(at, "origin "+cdnOriginName(d, o)+" reads "+what+" with no "+name+" and no origin access identity")
}

// cdnOriginName names an origin by its id, or by its place when the id is
// not known.
func cdnOriginName(d *parser.Resource, o *parser.Value) string {
	if s, ok := parser.Lookup(o, cfOriginID.Path(d)).AsString(); ok {
		return `"` + s + `"`
	}
	return "(id not known statically)"
}

// cdnS3Origin answers whether origin o is an S3 bucket's REST endpoint: by
// its host name when that is known (or its known text, "${var.b}.s3.amazonaws.com"),
// otherwise by its configuration (an S3 origin configuration is only for
// such buckets; custom and VPC origins are not) and by the bucket of the
// scanned code its domain name is taken from.
func cdnS3Origin(p *engine.Pass, d *parser.Resource, o, dom *parser.Value) parser.Answer {
	if s, ok := dom.AsString(); ok {
		return yesIf(s3RESTHost.MatchString(strings.TrimSpace(s)))
	}
	if parts := dom.KnownParts(); parts != nil && strings.Contains(parts[len(parts)-1], ".") {
		// A partly known name whose known text ends in a domain: its
		// unknown pieces (a bucket name, a region) stood in for by a
		// region, which fits wherever the regular expression allows a
		// label.
		return yesIf(s3RESTHost.MatchString(strings.TrimSpace(strings.Join(parts, "us-east-1"))))
	}
	if parser.Set(parser.Lookup(o, cfCustomConfig.Path(d))) != parser.No ||
		parser.Set(parser.Lookup(o, cfVPCConfig.Path(d))) != parser.No {
		return parser.No
	}
	if parser.Set(parser.Lookup(o, cfS3Config.Path(d))) != parser.No || cdnDomainFromBucket(p, d, dom) {
		return parser.Yes
	}
	if dom.IsNull() {
		return parser.No // the provider or CloudFormation rejects an origin without a domain
	}
	return parser.CannotTell
}

// cdnDomainFromBucket reports whether an unknown domain name is an S3
// bucket's attribute (bucket_regional_domain_name, RegionalDomainName): it
// leads to a bucket of the scanned code. A website endpoint taken from a
// bucket is reached as a custom origin, ruled out before.
func cdnDomainFromBucket(p *engine.Pass, d *parser.Resource, dom *parser.Value) bool {
	refs := dom.Refs()
	if len(refs) == 0 {
		return false
	}
	for _, b := range p.Referenced(d, "", "aws_s3_bucket", "AWS::S3::Bucket") {
		for _, r := range refs {
			if r == b.Address {
				return true
			}
		}
	}
	return false
}

func yesIf(b bool) parser.Answer {
	if b {
		return parser.Yes
	}
	return parser.No
}
