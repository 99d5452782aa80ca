package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func checkTLSCloudFrontAllowAll(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_cloudfront_distribution", "AWS::CloudFront::Distribution") {
		if !p.BodyKnown(res) {
			continue
		}
		for _, behaviors := range []parser.Attr{cfDefaultBehavor, cfBehaviors} {
			items, unknown := setting.Blocks(behaviors.Of(res))
			if unknown != nil {
				p.CannotTell(res, unknown, parser.Unknowable(unknown, behaviors.Name(res)).Detail)
				continue
			}
			for _, cb := range items {
				v := parser.Lookup(cb, cfViewerPolicy.Path(res))
				report(p, res, isOneOf(v, cfViewerPolicy.Name(res), "allow-all"),
					"%s lets viewers use HTTP in %s (viewer protocol policy allow-all)", res.Address, behaviors.Name(res))
			}
		}
	}
}
