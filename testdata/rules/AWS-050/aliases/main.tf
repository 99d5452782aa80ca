# A resource takes the default_tags of the provider configuration it uses:
# its provider argument, or what its module call passes in providers, or
# the default configuration.
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { owner = "platform", environment = "production" }
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags {
    tags = { environment = "production" }
  }
}

provider "aws" {
  alias  = "dr"
  region = "eu-central-1"
  default_tags {
    tags = { owner = "platform", environment = "dr" }
  }
}

# aws.west adds no owner tag, and the default configuration's tags do not
# apply to a resource that uses another one.
resource "aws_sns_topic" "west" { # want AWS-050
  provider          = aws.west
  name              = "west"
  kms_master_key_id = "alias/aws/sns"
}

# aws.dr adds both.
resource "aws_sns_topic" "dr" {
  provider          = aws.dr
  name              = "dr"
  kms_master_key_id = "alias/aws/sns"
}

# The default configuration adds both.
resource "aws_sns_topic" "main" {
  name              = "main"
  kms_master_key_id = "alias/aws/sns"
}

# The module's resources use aws.west, passed as its default aws.
module "replica_west" {
  source    = "./replica"
  providers = { aws = aws.west }
}

# Without providers, the module inherits the default configuration.
module "replica_default" {
  source = "./replica"
}
