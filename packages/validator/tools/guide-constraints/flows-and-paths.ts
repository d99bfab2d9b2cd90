import type { GuideConstraint } from './guide-constraint.js';

/**
 * The guide's constraints on the structure of a flow, the flow types and channels its blocks work
 * in, and the order blocks must come in along a path.
 */
export const flowsAndPaths: readonly GuideConstraint[] = [
  // VR-01
  {
    constraint:
      'Every branch of every block that is not terminal must lead to another block before the flow can be published.',
    source: 'L33920',
    status: 'checked',
    checkedBy: ['unconnected-branch'],
    note: 'Reported as a warning: the Publish button of the designer refuses such a flow, but the API accepts it (hundreds of unconnected branches in deployed corpus flows), and at run time the contact leaves the flow there. Missing NextAction, required error branches and required condition results are all reported.',
  },
  // VR-02
  {
    constraint:
      'Terminal blocks (Disconnect, End flow / Resume, Transfer to agent, Return) have no branches; Transfer to flow has only Error, and Call phone number only Success.',
    source: 'L30169-30197, L30319-30322, L33355-33359, L31701-31717, L33399-33406, L28781-28788',
    status: 'checked',
    checkedBy: ['transition-on-terminal-action', 'unsupported-error-type', 'unsupported-condition'],
    note: 'Transfer to flow may still carry a NextAction: every console export writes one equal to its Error target, and the service accepts it (catalog decision).',
  },
  // VR-03
  {
    constraint:
      'A flow must not loop without end, and every call should end with an agent, a bot, an external transfer or a disconnect.',
    source: 'L4289-4291',
    status: 'partly',
    checkedBy: ['loop-without-exit', 'spinning-loop'],
    note: 'Cycles that no branch leaves are errors; cycles that nothing paces or counts (no Loop block, prompt, input, wait or Lambda decision) are warnings. Whether each call reaches the help it needs is a design goal, not something the document shows: every path ends in a terminal block or an unconnected branch, which unconnected-branch reports.',
  },
  // VR-04
  {
    constraint:
      'Every Error branch should lead to a block that handles the error or ends the contact.',
    source: 'L4242-4243',
    status: 'partly',
    checkedBy: ['unconnected-branch', 'spinning-loop'],
    note: 'Unconnected error branches, and error branches that retry in a loop without end, are reported. Whether the block an error leads to really handles it is a judgement the document cannot show.',
  },
  // VR-05
  {
    constraint:
      'Block names (Identifiers) must not contain % : ( \\ / ) = $ , ; [ ] { } and must not be one of the reserved JavaScript member names such as __proto__ or toString.',
    source: 'L33955-33966',
    status: 'checked',
    checkedBy: ['illegal-identifier'],
    note: 'Also reports empty identifiers and those longer than the 50 characters the Flow-language reference allows.',
  },
  // VR-06
  {
    constraint:
      'The designer exports and imports only flows with fewer than 100 blocks and under 1 MB; larger flows should be split.',
    source: 'L36042-36050',
    status: 'checked',
    checkedBy: ['console-export-limits'],
    note: 'Each action counts as a block; the size is the compact JSON in bytes, from 1,000,000. The API limits are too-many-actions and content-too-large.',
  },
  // VR-07
  {
    constraint:
      'A flow with unresolved resources can be saved, and published only when the unresolved resources are in optional parameters.',
    source: 'L36101-36131',
    status: 'partly',
    checkedBy: ['invalid-parameters', 'hard-coded-instance-arn'],
    note: 'Empty required resource ids are refused by the schema, and literal ARNs that belong to one instance are warned about. Whether an id or ARN exists in the target instance is instance state; {{kind:name}} placeholders from the compiler are resolved at publish time and are accepted.',
  },
  // VR-08
  {
    constraint:
      "A flow's type is fixed when it is created; content of one type cannot be imported into a flow of another type.",
    source: 'L33786-33792',
    status: 'checked',
    checkedBy: ['flow-type-mismatch', 'block-not-allowed-in-flow-type'],
    note: 'flow-type-mismatch compares the flow type given to the validator with the Metadata.type of a console export; a document without Metadata.type does not show its original type, but blocks its given type does not offer are still reported.',
  },
  // VR-09
  {
    constraint:
      'Notes in the designer hold at most 1,000 characters each, 5 per block and 100 per flow.',
    source: 'L34021-34028',
    status: 'checked',
    checkedBy: ['annotation-limits'],
    note: 'Read from Metadata.Annotations; a warning, since the service ignores Metadata.',
  },
  // VR-10
  {
    constraint:
      'Each block may only be used in the flow types its page lists (Loop prompts only in queue and hold flows, Play prompt not in hold flows, Call phone number only in outbound whisper, and so on).',
    source: 'per-block flow type lists',
    status: 'checked',
    checkedBy: ['block-not-allowed-in-flow-type'],
    note: "The matrix is the catalog's, per block mode. Runs when the flow type is known (options, configuration or Metadata.type). Check call progress is allowed everywhere as its page says; VR-16 covers its campaign restriction.",
  },
  // VR-11
  {
    constraint: 'Return is for flow modules only; none of the flow types offers it.',
    source: 'L31624-31646',
    status: 'checked',
    checkedBy: ['module-only-action'],
    note: 'When the flow type is unknown a document with Return is taken to be a module and nothing is reported.',
  },
  // VR-12
  {
    constraint:
      'Modules can be invoked only from inbound flows, and a module cannot invoke another module.',
    source: 'L34494-34500, L34517, L31049-31054',
    status: 'checked',
    checkedBy: ['block-not-allowed-in-flow-type'],
    note: 'Invoke module is allowed in inbound and campaign flows only, so it is also refused in a flow checked as FLOW_MODULE.',
  },
  // VR-13
  {
    constraint:
      "A module cannot use its caller's flow-local data: Lambda results, Amazon Lex, Customer Profiles and Amazon Q attributes, queue metrics, stored customer input, or flow attributes.",
    source: 'L34498-34526, L31858-31860',
    status: 'checked',
    checkedBy: ['module-reads-caller-data', 'external-read-without-lambda'],
    note: 'A read is reported when no block of the module that produces the data comes before it. Needs the flow type FLOW_MODULE (modules carry no Metadata.type). Amazon Q attributes are taken to be $.Wisdom, the only form the sources show.',
  },
  // VR-14
  {
    constraint:
      'Play prompt in customer, agent or outbound whisper flows can play prompts from the library or text to speech, not audio files in Amazon S3.',
    source: 'L31300-31315',
    status: 'checked',
    checkedBy: ['whisper-plays-s3-audio'],
    note: 'Any media object with SourceType S3 in an action of a whisper flow; needs the flow type.',
  },
  // VR-15
  {
    constraint:
      'Agent attributes do not exist in inbound, customer queue and transfer-to-queue flows; the initiation method does not work in agent or customer whisper flows; the queue outbound caller ID exists only in outbound whisper flows.',
    source: 'L39226-39245, L39098-39101, L39022-39030',
    status: 'checked',
    checkedBy: ['attribute-unavailable-in-flow-type'],
    note: 'A warning: the reference is empty, the flow still runs. Modules and campaign flows are not in the guide lists and are not reported for agent attributes.',
  },
  // VR-16
  {
    constraint:
      'Check call progress is only for outbound campaign calls, and takes Error when answering machine detection is off.',
    source: 'L29134-29136, L16474-16475',
    status: 'partly',
    checkedBy: ['call-progress-outside-campaign', 'unsupported-channel'],
    note: 'Reported in flow types a campaign call reaches only after it was answered (queue, hold, whisper, transfer), and on declared channels other than voice. Whether a contact is a campaign call, and whether detection is on, is set in the campaign.',
  },
  // VR-17
  {
    constraint:
      'End flow / Resume at the end of an inbound or disconnect flow acts as Disconnect and ends the contact.',
    source: 'L30276-30281',
    status: 'not-checkable',
    checkedBy: [],
    note: 'Ending an inbound or disconnect flow this way is normal; only the author knows whether the contact was meant to resume somewhere, so a finding would be noise.',
  },
  // VR-18
  {
    constraint:
      'Blocks that do not support a channel take their Error branch there: voice-only blocks on chat and tasks, chat-only blocks elsewhere, Resume contact outside tasks, Get customer input on chat without Lex, and so on.',
    source: "L28524-28660 and each block's supported channels",
    status: 'partly',
    checkedBy: ['unsupported-channel'],
    note: 'Runs when the flow declares its channels, from the catalog channel matrix. Blocks supported only under conditions the document may not show (Wait on voice only in some modes) are not reported.',
  },
  // VR-19
  {
    constraint: 'Transfer to queue in callback mode cannot be used for chat.',
    source: 'L33531-33533',
    status: 'checked',
    checkedBy: ['unsupported-channel'],
    note: 'A warning, when the flow declares the chat channel: a flow serving several channels may route chats around the block.',
  },
  // VR-20
  {
    constraint:
      'Recording chats, monitoring, and Contact Lens analytics need both the agent and the customer recorded.',
    source: 'L32244-32250',
    status: 'partly',
    checkedBy: ['invalid-parameters'],
    note: 'The schema of both recording actions requires Agent and Customer when analytics is enabled. Chat recording with one participant depends on the channel at run time (the older action applies one list to calls and chats), and monitoring is not configured in the flow.',
  },
  // VR-21
  {
    constraint:
      'Outside customer queue flows, Transfer to queue needs a Set working queue before it; in customer queue flows it should follow Loop prompts.',
    source: 'L33597-33604, L32871-32875',
    status: 'partly',
    checkedBy: ['transfer-without-working-queue'],
    note: 'Reported on paths that skip Set working queue, in flows that set it elsewhere (otherwise the queue may come from an earlier flow) and not in transfer flows or modules. The Loop prompts tip for customer queue flows is not checked: the guide gives no consequence, and moving a queued contact at once is a valid overflow design.',
  },
  // VR-22
  {
    constraint:
      'Check staffing needs a queue set before it, or the contact takes Error; Check hours of operation on an agent queue takes Error.',
    source: 'L29640-29645, L29347-29352',
    status: 'partly',
    checkedBy: ['queue-check-without-working-queue'],
    note: 'Check staffing, Check queue status, Get queue metrics and Check hours of operation that name no queue (or hours) are reported on paths that skip Set working queue, gated as in transfer-without-working-queue. Whether the working queue is an agent queue at the hours check is not checked.',
  },
  // VR-23
  {
    constraint:
      'To choose another queue for a callback, put Set callback number before Transfer to queue; Set callback number usually follows Store customer input.',
    source: 'L33591-33594, L31768-31770',
    status: 'not-checkable',
    checkedBy: [],
    note: "The guide's attribute table says the callback number defaults to the number the customer called from, so a callback without Set callback number before it still has a number; a missing block is not a defect the document can show, and the number may come from an attribute instead of Store customer input.",
  },
  // VR-24
  {
    constraint: 'Set routing criteria only takes effect when a Transfer to queue follows it.',
    source: 'L32341-32344',
    status: 'checked',
    checkedBy: ['routing-criteria-without-transfer'],
    note: 'A warning; customer queue flows are skipped, and a Transfer to flow or Invoke module after the criteria counts.',
  },
  // VR-25
  {
    constraint:
      'Check Voice ID needs Set Voice ID earlier; for enrollment and authentication the CustomerId must be set between them; a Play prompt should come before Set Voice ID.',
    source: 'L29476-29479, L29564-29574, L32530-32545',
    status: 'partly',
    checkedBy: ['voice-id-check-without-set'],
    note: 'The missing Set Voice ID is reported in flows that start Voice ID somewhere. The CustomerId may be set in an earlier flow, and the prompt before Set Voice ID is advice on audio quality; neither is checked.',
  },
  // VR-26
  {
    constraint:
      'Amazon Q in Connect on calls needs Contact Lens real-time analytics, turned on by a Set recording and analytics behavior block anywhere in the flow.',
    source: 'L28711-28719',
    status: 'checked',
    checkedBy: ['amazon-q-without-real-time-analytics'],
    note: 'A hint (info): an earlier flow of the contact may have turned the analytics on. Quiet when the declared channels leave out voice.',
  },
  // VR-27
  {
    constraint:
      'Get customer input with an Amazon Lex V2 bot built for a language other than en-US needs the language attribute set first.',
    source: 'L30392-30397, L32722-32731',
    status: 'not-checkable',
    checkedBy: [],
    note: "The bot's locales live in the bot, not in the flow (the alias ARN does not name them), and the language may be set by an earlier flow.",
  },
  // VR-28
  {
    constraint: 'In an outbound whisper flow, Call phone number must come before any Play prompt.',
    source: 'L15757-15759',
    status: 'checked',
    checkedBy: ['prompt-before-call-phone-number'],
    note: 'A warning: the guide does not say what the service does with an earlier prompt. Flows without Call phone number are left alone.',
  },
  // VR-29
  {
    constraint:
      'Media streaming started in a flow runs until a Stop media streaming block stops it.',
    source: 'L33078-33082',
    status: 'not-checkable',
    checkedBy: [],
    note: 'The stop may sit in another flow of the same contact (streaming survives transfers), and streaming until the call ends is a common design (corpus samples do so), so a flow without a stop shows no defect.',
  },
  // VR-30
  {
    constraint:
      'A flow that resumes tasks paused out of queue should transfer them to a queue afterwards, or they stay out of queue.',
    source: 'L31606-31611',
    status: 'checked',
    checkedBy: ['resumed-task-not-queued'],
    note: 'A hint (info): whether a task was paused out of queue and unassigned is run-time state.',
  },
  // VR-31
  {
    constraint:
      '$.External holds the response of the most recent Invoke AWS Lambda function only; read it after the Lambda, and copy it to attributes before another Lambda runs.',
    source: 'L39733-39745, L37784-37790',
    status: 'partly',
    checkedBy: ['external-read-without-lambda'],
    note: 'Reads with no Lambda before them are reported. Which function a read was meant for is not in the document (the response keys are not declared), so a read overwritten by a later Lambda is not checked.',
  },
];
