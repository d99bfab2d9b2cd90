# The government services IVR deployed with Terraform: the instance, office hours and department
# queues are made here; the three Lambda functions the flow invokes come from another pipeline and
# are looked up by name. The flow itself is government-services-ivr.tf.json, written by
#
#   contactflow build ../../government-services-ivr.flow.ts --target terraform --env environment.json --out-dir .
#
# environment.json turns each reference of the flow into an attribute of a resource below, so
# Terraform fills in the ARNs and creates those resources first.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

locals {
  departments = toset([
    "Transportation and Motor Vehicles",
    "Employment and Labor",
    "Health, Social Services and Welfare",
    "Government Operations and Revenue",
    "Consumer Services and Housing",
    "Property and Elected Officers",
    "Parks, Natural Resources and Environment",
    "General Assistance",
  ])
  weekdays = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]
}

resource "aws_connect_instance" "main" {
  identity_management_type  = "CONNECT_MANAGED"
  instance_alias            = "state-services"
  inbound_calls_enabled     = true
  outbound_calls_enabled    = false
  contact_flow_logs_enabled = true
}

resource "aws_connect_hours_of_operation" "offices" {
  instance_id = aws_connect_instance.main.id
  name        = "State offices"
  time_zone   = "America/Chicago"

  dynamic "config" {
    for_each = local.weekdays
    content {
      day = config.value
      start_time {
        hours   = 8
        minutes = 0
      }
      end_time {
        hours   = 17
        minutes = 0
      }
    }
  }
}

resource "aws_connect_queue" "department" {
  for_each              = local.departments
  instance_id           = aws_connect_instance.main.id
  name                  = each.value
  hours_of_operation_id = aws_connect_hours_of_operation.offices.hours_of_operation_id
}

data "aws_lambda_function" "check_holiday" {
  function_name = "checkHoliday"
}

data "aws_lambda_function" "get_last_interaction" {
  function_name = "getLastInteraction"
}

data "aws_lambda_function" "store_interaction" {
  function_name = "storeInteraction"
}

locals {
  flow_functions = {
    check_holiday        = data.aws_lambda_function.check_holiday
    get_last_interaction = data.aws_lambda_function.get_last_interaction
    store_interaction    = data.aws_lambda_function.store_interaction
  }
}

# A flow can invoke a function only once it is associated with the instance, and Amazon Connect
# needs the function's permission to invoke it. environment.json names each function by the
# association's function_arn, so Terraform creates the associations before the flow.
resource "aws_connect_lambda_function_association" "flow" {
  for_each     = local.flow_functions
  instance_id  = aws_connect_instance.main.id
  function_arn = each.value.arn
}

resource "aws_lambda_permission" "connect" {
  for_each      = local.flow_functions
  statement_id  = "AllowConnect-${aws_connect_instance.main.id}"
  action        = "lambda:InvokeFunction"
  function_name = each.value.function_name
  principal     = "connect.amazonaws.com"
  source_arn    = aws_connect_instance.main.arn
}
