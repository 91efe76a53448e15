; BrainTS kernel for neuron model SpikeGeneratorGroup (models/generator.ts:12), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): trigger.
; Group-uniform parameters (params): none.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'SpikeGeneratorGroup.cpu'
source_filename = "models/generator.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @SpikeGeneratorGroup_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/generator.ts:23  update(t: number, dt: number) {
  %trigger.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %trigger.ptr = load double*, double** %trigger.slot, align 8, !dbg !7
  %0 = icmp slt i64 %begin, %end, !dbg !7
  br i1 %0, label %neuron, label %done, !dbg !7

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !7
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  ; models/generator.ts:24  if (this.trigger > 0) this.spike();
  %trigger.addr = getelementptr inbounds double, double* %trigger.ptr, i64 %i, !dbg !8
  %trigger = load double, double* %trigger.addr, align 8, !dbg !8
  %spiked1 = fcmp ogt double %trigger, 0.000000e+00, !dbg !9
  ; models/generator.ts:14  @current trigger = 0; // 1, events of this step (a network adds 1 per listed spike)
  %trigger.addr2 = getelementptr inbounds double, double* %trigger.ptr, i64 %i, !dbg !10
  store double 0.000000e+00, double* %trigger.addr2, align 8, !dbg !10
  ; models/generator.ts:23  update(t: number, dt: number) {
  %spiked.byte = zext i1 %spiked1 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, 0, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %1 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %1, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %2 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %2 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

attributes #0 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "generator.ts", directory: "models")
!4 = distinct !DISubprogram(name: "SpikeGeneratorGroup.update", linkageName: "SpikeGeneratorGroup_update", scope: !3, file: !3, line: 23, type: !5, scopeLine: 23, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 23, column: 3, scope: !4)
!8 = !DILocation(line: 24, column: 9, scope: !4)
!9 = !DILocation(line: 24, column: 24, scope: !4)
!10 = !DILocation(line: 14, column: 3, scope: !4)
; braints-hash: a69a6ed9041f24628b822fda54ae29172d349dc4dc60febd6f06a07f48dc4064
