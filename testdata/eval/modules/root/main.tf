locals {
  world = "0.0.0.0/0"
}

# Two instances with the same open CIDR: one finding naming both.
module "public" {
  source    = "../modules/sg"
  for_each  = toset(["a", "b"])
  name      = "public-${each.key}"
  ssh_cidrs = [local.world]
}

# A closed instance: no finding of its own.
module "private" {
  source    = "../modules/sg"
  name      = "private"
  ssh_cidrs = ["10.0.0.0/8"]
  rules = {
    db = { port = 5432 }
    redis = { port = 6379, cidrs = ["0.0.0.0/0"] }
  }
}

# Through two levels of modules.
module "wrapped" {
  source = "../modules/wrapper"
  cidrs  = ["::/0"]
}

# Module outputs flow back to the caller.
resource "aws_ebs_volume" "named" {
  availability_zone = "eu-west-1a"
  size              = 1
  encrypted         = true
  tags = {
    Name = module.wrapped.inner_name
  }
}

# A registry module that is not downloaded and that soc2lint has no
# stand-in for: a note, and its outputs are unknown.
module "remote" {
  source  = "terraform-aws-modules/rds/aws"
  version = "6.0.0"
}
