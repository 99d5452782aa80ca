package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// CloudFront origins: the leg between CloudFront and the origin.

var (
	cfOrigins        = parser.A("origin", "DistributionConfig.Origins")
	cfOriginID       = parser.A("origin_id", "Id")
	cfOriginPolicy   = parser.A("custom_origin_config.origin_protocol_policy", "CustomOriginConfig.OriginProtocolPolicy")
	cfDefaultBehavor = parser.A("default_cache_behavior", "DistributionConfig.DefaultCacheBehavior")
	cfBehaviors      = parser.A("ordered_cache_behavior", "DistributionConfig.CacheBehaviors")
	cfTargetOrigin   = parser.A("target_origin_id", "TargetOriginId")
	cfViewerPolicy   = parser.A("viewer_protocol_policy", "ViewerProtocolPolicy")
	cfOriginGroups   = parser.A("origin_group", "DistributionConfig.OriginGroups.Items")
	cfGroupMembers   = parser.A("member", "Members.Items")
	cfMemberOrigin   = parser.A("origin_id", "OriginId")
)

func checkCDNOriginOverHTTP(p *engine.Pass) {
	cdnJudgeOrigins(p, cdnOriginVerdict, "CloudFront reaches an origin over plain HTTP")
}

// cdnJudgeOrigins judges every origin of every CloudFront distribution
// with judge, reporting problem.
func cdnJudgeOrigins(p *engine.Pass, judge func(d *parser.Resource, o *parser.Value) parser.Verdict, problem string) {
	for _, d := range p.KnownManaged("aws_cloudfront_distribution", "AWS::CloudFront::Distribution") {
		origins := cfOrigins.Of(d)
		if parser.Set(origins) == parser.CannotTell {
			p.CannotTell(d, origins, cfOrigins.Name(d)+": not known statically")
			continue
		}
		for _, o := range origins.Items() {
			p.Judge(d, judge(d, o), problem)
		}
	}
}

// cdnOriginVerdict judges one origin of distribution d: Yes when
// CloudFront reaches it over HTTP.
func cdnOriginVerdict(d *parser.Resource, o *parser.Value) parser.Verdict {
	if parser.Set(o) == parser.CannotTell {
		return parser.Unknowable(o, cfOrigins.Name(d))
	}
	name := cfOriginPolicy.Name(d)
	pol := parser.Lookup(o, cfOriginPolicy.Path(d))
	if v := parser.OneOf(pol, name, "", "http-only"); v.Answer != parser.No {
		return v
	}
	if s, ok := pol.AsString(); !ok || !strings.EqualFold(strings.TrimSpace(s), "match-viewer") {
		return parser.Decided
	}
	// match-viewer: HTTP when a behavior routing to the origin lets
	// viewers use HTTP.
	id := parser.Lookup(o, cfOriginID.Path(d))
	behaviors := append(cfDefaultBehavor.Of(d).Items(), cfBehaviors.Of(d).Items()...)
	out := parser.Decided
	for _, b := range behaviors {
		target := parser.Lookup(b, cfTargetOrigin.Path(d))
		routes := parser.Set(b)
		if routes == parser.Yes {
			routes = cdnRoutesTo(d, id, target)
		}
		if routes == parser.No {
			continue
		}
		vpp := parser.Lookup(b, cfViewerPolicy.Path(d))
		v := parser.OneOf(vpp, cfViewerPolicy.Name(d), "", "allow-all")
		switch {
		case v.Answer == parser.Yes && routes == parser.Yes:
			return parser.Bad(pol, name+" = match-viewer, and a cache behavior routing to the origin allows viewers on HTTP ("+v.Detail+")")
		case v.Answer == parser.CannotTell && out.Answer == parser.No:
			out = v
		case v.Answer == parser.Yes && out.Answer == parser.No:
			out = parser.Unknowable(target, cfTargetOrigin.Name(d))
		}
	}
	return out
}

// cdnRoutesTo answers whether a behavior's target, an origin or an origin
// group (whose members take the requests on failover), reaches the origin
// id.
func cdnRoutesTo(d *parser.Resource, id, target *parser.Value) parser.Answer {
	if a := cdnSameOrigin(id, target); a != parser.No {
		return a
	}
	for _, g := range cfOriginGroups.Of(d).Items() {
		if cdnSameOrigin(parser.Lookup(g, cfOriginID.Path(d)), target) != parser.Yes {
			continue
		}
		for _, m := range parser.Lookup(g, cfGroupMembers.Path(d)).Items() {
			if a := cdnSameOrigin(id, parser.Lookup(m, cfMemberOrigin.Path(d))); a != parser.No {
				return a
			}
		}
	}
	return parser.No
}

// cdnSameOrigin answers whether a behavior's target origin id names the
// origin id.
func cdnSameOrigin(id, target *parser.Value) parser.Answer {
	a, ok1 := id.AsString()
	b, ok2 := target.AsString()
	switch {
	case ok1 && ok2:
		if a == b {
			return parser.Yes
		}
		return parser.No
	case parser.Set(id) == parser.CannotTell || parser.Set(target) == parser.CannotTell:
		return parser.CannotTell
	}
	return parser.No
}
