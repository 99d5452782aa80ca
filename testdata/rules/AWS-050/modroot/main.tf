# The root's default_tags reach the resources of the modules it calls.
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { owner = "platform" }
  }
}

module "queue" {
  source = "./child"
}
