package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

// netWAFAssociations are the association types and the attribute naming
// the protected resource.
var netWAFAssociations = map[string]string{
	"aws_wafv2_web_acl_association":       "resource_arn",
	"aws_wafregional_web_acl_association": "resource_arn",
	"AWS::WAFv2::WebACLAssociation":       "ResourceArn",
	"AWS::WAFRegional::WebACLAssociation": "ResourceArn",
}

func checkNetMissingWAF(p *engine.Pass) {
	// Roots holding an association whose target cannot be known.
	anyTarget := map[string]bool{}
	for _, a := range p.ResourcesOfType("aws_wafv2_web_acl_association", "aws_wafregional_web_acl_association",
		"AWS::WAFv2::WebACLAssociation", "AWS::WAFRegional::WebACLAssociation") {
		if p.Unresolved(a, netWAFAssociations[a.Type]) {
			anyTarget[netRootKey(a)] = true
		}
	}
	for _, res := range p.ResourcesOfType("aws_lb", "aws_alb", "aws_api_gateway_stage", "aws_cloudfront_distribution",
		"AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ApiGateway::Stage", "AWS::CloudFront::Distribution") {
		b := res.Body
		switch res.Type {
		case "aws_lb", "aws_alb":
			typ, internal := b.Get("load_balancer_type"), b.Get("internal")
			if !typ.IsNull() && !netexposure.StringIs(typ, "application") {
				continue
			}
			if on, ok := internal.AsBool(); !internal.IsNull() && (!ok || on) {
				continue
			}
			if anyTarget[netRootKey(res)] || netAssociated(p, res) {
				continue
			}
			p.Report(res, nil, "%s is an internet-facing application load balancer with no WAF web ACL associated", res.Address)
		case "AWS::ElasticLoadBalancingV2::LoadBalancer":
			typ, scheme := b.Get("Type"), b.Get("Scheme")
			if !typ.IsNull() && !netexposure.StringIs(typ, "application") || !scheme.IsNull() && !netexposure.StringIs(scheme, "internet-facing") {
				continue
			}
			if anyTarget[netRootKey(res)] || netAssociated(p, res) {
				continue
			}
			p.Report(res, nil, "%s is an internet-facing application load balancer with no WAF web ACL associated", res.Address)
		case "aws_api_gateway_stage", "AWS::ApiGateway::Stage":
			apiAttr, apiType := "rest_api_id", "aws_api_gateway_rest_api"
			if res.Format == parser.CloudFormation {
				apiAttr, apiType = "RestApiId", "AWS::ApiGateway::RestApi"
			}
			apis := p.Referenced(res, apiAttr, apiType)
			private := netAPIPrivate(apis)
			if private.Answer == parser.Yes || anyTarget[netRootKey(res)] || netAssociated(p, res) || netStageCovered(p, res, apis) {
				continue
			}
			report(p, res, yesUnless(private), "%s is an API Gateway stage with no WAF web ACL associated", res.Address)
		case "aws_cloudfront_distribution", "AWS::CloudFront::Distribution":
			v := parser.NotSet(cfWebACL.Of(res), cfWebACL.Name(res))
			report(p, res, v, "%s is a CloudFront distribution with no WAF web ACL (%s)", res.Address, v.Detail)
		}
	}
}

// cfWebACL is the web ACL of a CloudFront distribution.
var cfWebACL = parser.A("web_acl_id", "DistributionConfig.WebACLId")

// netAssociated reports whether a WAF association refers to res.
func netAssociated(p *engine.Pass, res *parser.Resource) bool {
	for typ, attr := range netWAFAssociations {
		if len(p.Referrers(res, attr, typ)) > 0 {
			return true
		}
	}
	return false
}

// netStageCovered reports whether an association refers to the stage's
// REST API without naming another stage, as an ARN built from the API id
// and a literal stage name does.
func netStageCovered(p *engine.Pass, stage *parser.Resource, apis []*parser.Resource) bool {
	stageType := "aws_api_gateway_stage"
	if stage.Format == parser.CloudFormation {
		stageType = "AWS::ApiGateway::Stage"
	}
	for _, api := range apis {
		for typ, attr := range netWAFAssociations {
			for _, a := range p.Referrers(api, attr, typ) {
				if len(p.Referenced(a, attr, stageType)) == 0 {
					return true
				}
			}
		}
	}
	return false
}

// netAPIPrivate judges whether one of the REST APIs is PRIVATE: not
// reachable from the internet. It is CannotTell when an endpoint type is
// unknown and none is known to be PRIVATE.
func netAPIPrivate(apis []*parser.Resource) parser.Verdict {
	types := parser.A("endpoint_configuration.types", "EndpointConfiguration.Types")
	var vs []parser.Verdict
	for _, api := range apis {
		v := types.Of(api)
		if parser.Set(v) == parser.CannotTell {
			vs = append(vs, parser.Unknowable(v, types.Name(api)))
			continue
		}
		list := v.Items()
		if v != nil && v.Kind == parser.String {
			list = []*parser.Value{v}
		}
		for _, t := range list {
			vs = append(vs, isOneOf(t, types.Name(api), "PRIVATE"))
		}
	}
	return parser.Either(vs...)
}
