# A key read through a KMS data source that names it by an alias: an alias
# under alias/aws/ is the AWS managed key aws/ebs, any other alias one the
# account created (perf28a: AWS-002 reads these data sources under
# require-customer-key).
data "aws_kms_alias" "ebs_managed" {
  name = "alias/aws/ebs"
}

data "aws_kms_key" "team" {
  key_id = "alias/team-volumes"
}

resource "aws_ebs_volume" "managed_by_lookup" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
  kms_key_id        = data.aws_kms_alias.ebs_managed.target_key_arn # want AWS-002 "AWS managed key \"alias/aws/ebs\""
}

resource "aws_ebs_volume" "team_by_lookup" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
  kms_key_id        = data.aws_kms_key.team.arn
}
