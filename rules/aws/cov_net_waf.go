package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
)

// NET-4 beyond load balancers, API Gateway and CloudFront (AWS-011): the
// other public endpoints AWS WAF can protect.

func checkAPIWithoutWAF(p *engine.Pass) {
	anyTarget := map[string]bool{}
	for _, a := range p.OfType("aws_wafv2_web_acl_association", "AWS::WAFv2::WebACLAssociation") {
		if p.Unresolved(a, netWAFAssociations[a.Type]) {
			anyTarget[netRootKey(a)] = true
		}
	}
	visibility := parser.A("visibility", "Visibility")
	public := parser.A("network_configuration.ingress_configuration.is_publicly_accessible", "NetworkConfiguration.IngressConfiguration.IsPubliclyAccessible")
	for _, res := range p.ResourcesOfType("aws_appsync_graphql_api", "AWS::AppSync::GraphQLApi",
		"aws_cognito_user_pool", "AWS::Cognito::UserPool", "aws_apprunner_service", "AWS::AppRunner::Service") {
		if anyTarget[netRootKey(res)] || netAssociated(p, res) {
			continue
		}
		switch res.Type {
		case "aws_appsync_graphql_api", "AWS::AppSync::GraphQLApi":
			v := visibility.Of(res)
			if parser.Set(v) == parser.CannotTell {
				p.CannotTell(res, v, parser.Unknowable(v, visibility.Name(res)).Detail)
				continue
			}
			if netexposure.StringIs(v, "PRIVATE") {
				continue
			}
			p.Report(res, nil, "%s is a public AppSync GraphQL API with no WAF web ACL associated", res.Address)
		case "aws_apprunner_service", "AWS::AppRunner::Service":
			// Public unless its ingress configuration says otherwise.
			switch v := parser.NotFalse(public.Of(res), public.Name(res), true); v.Answer {
			case parser.Yes:
				p.Report(res, nil, "%s is a public App Runner service with no WAF web ACL associated", res.Address)
			case parser.CannotTell:
				p.CannotTell(res, v.At, v.Detail)
			}
		default:
			p.Report(res, nil, "%s is a Cognito user pool with no WAF web ACL associated", res.Address)
		}
	}
}
